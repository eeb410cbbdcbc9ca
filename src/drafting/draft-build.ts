/** Fills a template's sections from the computed fields: the pure part of drafting, before checks and the model. */
import type { FunctionInfo } from "../knowledge/function-catalog.js";
import { unioneDisplayName } from "./act-format.js";
import { resolveFields } from "./draft-fields.js";
import type { Draft, DraftSection } from "./draft-types.js";
import type { FieldContext } from "./field-context.js";
import { citedSources } from "./legal-citations.js";
import { findMarkers, MissingCollector } from "./missing-markers.js";
import { fillPlaceholders, findPlaceholders } from "./placeholders.js";
import type { TemplateDefinition, TemplateSection } from "./template-registry.js";

export const exampleWarning =
  "Avvertenza: l'Unione indicata è un esempio fittizio, usato per dimostrazioni e prove; questa bozza non si riferisce a un ente reale.";

export interface BuiltDraft {
  draft: Draft;
  /** Whether the sections state the duration of the conferral (for the duration check). */
  statesDuration: boolean;
  /** Whether the sections state the cost-sharing criterion or table. */
  statesCostSharing: boolean;
}

export function buildDraft(
  template: TemplateDefinition,
  sections: TemplateSection[],
  funzione: FunctionInfo | null,
  context: FieldContext,
): BuiltDraft {
  const missing = new MissingCollector();
  const fieldsInOrder = [template.title, ...sections.map((section) => section.body)].flatMap((text) =>
    findPlaceholders(text).map((use) => use.field),
  );
  const values = resolveFields(fieldsInOrder, context, missing);
  const numbered = template.sections.filter((section) => !section.unnumbered);
  const draftSections: DraftSection[] = sections.map((section) => {
    const text = fillPlaceholders(section.body, values);
    return {
      id: section.id,
      title: section.title,
      text,
      sources: citedSources(section.sources, text),
      ...(section.unnumbered ? { unnumbered: true } : { number: numbered.indexOf(section) + 1 }),
    };
  });
  const example = context.record.example;
  if (example && draftSections[0]) draftSections[0].text = `${exampleWarning}\n\n${draftSections[0].text}`;
  const title = fillPlaceholders(template.title, values);
  const draft: Draft = {
    tipo: template.id,
    title: example ? `${title} (esempio fittizio)` : title,
    unione: context.record.id,
    unioneName: unioneDisplayName(context.record.name),
    funzione: funzione?.code ?? null,
    sections: draftSections,
    // Markers come from fields and from the template text itself ("[DA COMPLETARE: budget del piano]").
    missing: [...new Set(findMarkers([title, ...draftSections.map((section) => section.text)].join("\n")))],
    numbering: template.numbering,
  };
  if (context.verify.size > 0) draft.verify = [...context.verify];
  if (example) draft.example = true;
  return {
    draft,
    statesDuration: fieldsInOrder.includes("durata.anni") || fieldsInOrder.includes("durata.clausola"),
    statesCostSharing: fieldsInOrder.includes("riparto.criterio") || fieldsInOrder.includes("riparto.tabella"),
  };
}
