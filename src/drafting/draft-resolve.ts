/** Resolves the loose words of a draft request (tipo, funzione, unione, sezione) or explains, in Italian, why not. */

import { scopeAllows } from "../core/access.js";
import { UnioneError } from "../core/errors.js";
import { closestNames, matchName, normalizeName } from "../core/fuzzy-match.js";
import type { RequestContext } from "../core/types.js";
import type { FunctionCatalog, FunctionInfo } from "../knowledge/function-catalog.js";
import type { UnioneRecord } from "../knowledge/record-schema.js";
import type { RecordsService } from "../records/records-service.js";
import type { TemplateDefinition, TemplateSection } from "./template-registry.js";

export function resolveTemplate(templates: TemplateDefinition[], tipo: string): TemplateDefinition {
  const typed = normalizeName(tipo ?? "");
  const list = templates.map((template) => `${template.id} (${template.name})`).join(", ");
  if (!typed) throw new UnioneError("BAD_USAGE", `Indica il tipo di atto. Tipi disponibili: ${list}.`);
  const byName = matchName(
    tipo,
    templates.map((template) => ({ value: template, names: [template.id, template.name, ...template.aliases] })),
  );
  if (byName) return byName;
  const byPrefix = templates.filter(
    (template) =>
      normalizeName(template.id).startsWith(typed) ||
      template.aliases.some((alias) => normalizeName(alias).startsWith(typed)),
  );
  if (byPrefix.length === 1) return byPrefix[0]!;
  throw new UnioneError("BAD_USAGE", `Tipo di atto sconosciuto: «${tipo}». Tipi disponibili: ${list}.`, {
    detail: `tipo di atto sconosciuto: ${tipo}`,
  });
}

export function resolveFunction(
  catalog: FunctionCatalog,
  template: TemplateDefinition,
  funzione: string | null | undefined,
): FunctionInfo | null {
  if (!template.needsFunction) return null;
  const list = catalog
    .list()
    .map((info) => info.code)
    .join(", ");
  if (!funzione?.trim()) {
    throw new UnioneError(
      "BAD_USAGE",
      `Per questo tipo di atto (${template.name}) indica la funzione (--funzione). Funzioni disponibili: ${list}.`,
    );
  }
  const info = catalog.get(funzione.trim()) ?? catalog.resolve(funzione);
  if (info) return info;
  const suggestions = closestNames(
    funzione,
    catalog.list().flatMap((item) => [item.code]),
    3,
  );
  throw new UnioneError(
    "NOT_FOUND",
    `Funzione sconosciuta: «${funzione}». Forse intendevi: ${suggestions.join(", ")}. Funzioni disponibili: ${list}.`,
    { detail: `funzione sconosciuta: ${funzione}` },
  );
}

export function resolveUnione(
  records: RecordsService,
  requested: string | null | undefined,
  context: RequestContext,
): UnioneRecord {
  const wanted = requested?.trim() || context.boundUnione;
  const visible = records.list().filter((record) => scopeAllows(context.scope, record.id));
  if (!wanted) {
    const ids = visible.map((record) => record.id).join(", ");
    throw new UnioneError("BAD_USAGE", `Indica l'Unione (--unione ID)${ids ? `. Unioni disponibili: ${ids}` : ""}.`);
  }
  const record = records.get(wanted) ?? records.resolve(wanted);
  if (!record) {
    const suggestions = records.suggest(wanted).filter((name) => {
      const match = records.get(name) ?? records.resolve(name);
      return match !== null && scopeAllows(context.scope, match.id);
    });
    const hint = suggestions.length > 0 ? ` Forse intendevi: ${suggestions.join(", ")}.` : "";
    throw new UnioneError("NOT_FOUND", `Unione sconosciuta: «${wanted}».${hint}`, {
      detail: `Unione sconosciuta: ${wanted}`,
    });
  }
  if (!scopeAllows(context.scope, record.id)) {
    const message =
      context.scope.kind === "unione"
        ? `Questo canale è collegato a un'altra Unione: da qui non posso preparare bozze con i dati di «${wanted}».`
        : `Da qui non posso usare i dati di «${wanted}»: chiedi la bozza nel canale collegato a quell'Unione o a un amministratore.`;
    throw new UnioneError("FORBIDDEN", message, {
      detail: `l'ambito ${JSON.stringify(context.scope)} esclude ${record.id}`,
    });
  }
  return record;
}

/** One section by id, 1-based number or loose title; all sections when `sezione` is empty. */
export function resolveSections(template: TemplateDefinition, sezione: string | null | undefined): TemplateSection[] {
  if (!sezione?.trim()) return template.sections;
  const typed = sezione.trim();
  const byNumber = /^\d+$/.test(typed) ? template.sections[Number(typed) - 1] : undefined;
  const found =
    byNumber ??
    template.sections.find((section) => section.id === typed) ??
    matchName(
      typed,
      template.sections.map((section) => ({ value: section, names: [section.id, section.title] })),
    );
  if (found) return [found];
  const list = template.sections.map((section, index) => `${index + 1} ${section.id}`).join(", ");
  throw new UnioneError(
    "NOT_FOUND",
    `Sezione sconosciuta: «${typed}». Sezioni di ${template.name.toLowerCase()}: ${list}.`,
  );
}
