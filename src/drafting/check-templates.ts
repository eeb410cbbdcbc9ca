/**
 * `unione check` for the act templates: every placeholder is a known field declared by its section, and every
 * legal reference (declared or written in the text) exists in knowledge/law.
 */
import type { CheckProblem } from "../knowledge/check-problem.js";
import { buildCitationIndex, type CitationIndex } from "./citation-index.js";
import { FIELD_NAMES } from "./draft-fields.js";
import { extractCitations, formatCitation, parseCitationString } from "./legal-citations.js";
import { findPlaceholders } from "./placeholders.js";
import { readSectorLaws } from "./sector-laws.js";
import { loadTemplates, problem, type TemplateDefinition, type TemplateSection } from "./template-registry.js";

export function checkTemplates(knowledgeDir: string): CheckProblem[] {
  const { templates, problems } = loadTemplates(knowledgeDir);
  problems.push(...readSectorLaws(knowledgeDir).problems);
  const index = buildCitationIndex(knowledgeDir);
  for (const template of templates) problems.push(...checkTemplate(template, index));
  return problems;
}

export function checkTemplate(template: TemplateDefinition, index: CitationIndex): CheckProblem[] {
  const problems: CheckProblem[] = [];
  for (const use of findPlaceholders(template.title)) {
    if (!FIELD_NAMES.includes(use.field))
      problems.push(problem(template.file, 1, "title", `campo sconosciuto {{${use.field}}} nel titolo`));
  }
  for (const section of template.sections) problems.push(...checkSection(template, section, index));
  return problems;
}

function checkSection(template: TemplateDefinition, section: TemplateSection, index: CitationIndex): CheckProblem[] {
  const problems: CheckProblem[] = [];
  const where = `sections.${section.id}`;
  for (const field of section.fields) {
    if (!FIELD_NAMES.includes(field))
      problems.push(problem(template.file, section.line, `${where}.fields`, `campo dichiarato sconosciuto "${field}"`));
    if (field.startsWith("funzione.") && !template.needsFunction) {
      problems.push(
        problem(template.file, section.line, `${where}.fields`, `il campo "${field}" richiede needs_function: true`),
      );
    }
  }
  for (const use of findPlaceholders(section.body)) {
    const line = section.bodyLine + use.line - 1;
    if (!FIELD_NAMES.includes(use.field))
      problems.push(problem(template.file, line, where, `campo sconosciuto {{${use.field}}}`));
    else if (!section.fields.includes(use.field))
      problems.push(
        problem(template.file, line, where, `campo {{${use.field}}} usato ma non dichiarato nei fields della sezione`),
      );
  }
  for (const declared of section.sources) {
    const citation = parseCitationString(declared);
    if (!citation)
      problems.push(
        problem(
          template.file,
          section.line,
          `${where}.sources`,
          `riferimento normativo non riconosciuto: "${declared}"`,
        ),
      );
    else if (!index.has(citation))
      problems.push(
        problem(template.file, section.line, `${where}.sources`, `riferimento "${declared}" assente da knowledge/law`),
      );
  }
  section.body.split("\n").forEach((text, offset) => {
    for (const citation of extractCitations(text)) {
      if (!index.has(citation)) {
        problems.push(
          problem(
            template.file,
            section.bodyLine + offset,
            where,
            `citazione "${formatCitation(citation) || `art. ${citation.article}`}" assente da knowledge/law`,
          ),
        );
      }
    }
  });
  return problems;
}
