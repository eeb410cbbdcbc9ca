/**
 * Reads the act templates of knowledge/templates/*.md. Front matter declares the template and its sections
 * (id, title, legal sources, fields); the body holds one `## <section id>` block of text per section.
 */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { CheckProblem } from "../knowledge/check-problem.js";
import { displayPath } from "../knowledge/display-path.js";
import { readFrontMatter } from "../knowledge/front-matter.js";
import { readTextFile } from "../knowledge/read-text-file.js";

export interface TemplateSection {
  id: string;
  title: string;
  /** Citation strings, e.g. "D.Lgs. 267/2000 art. 30". */
  sources: string[];
  /** Declared fields, e.g. "unione.nome". */
  fields: string[];
  body: string;
  /** 1-based line of the section heading in the file (for check messages). */
  line: number;
  /** 1-based line in the file of the first line of `body`. */
  bodyLine: number;
  /** The closing of the act (`unnumbered: true`): no "Art. N" and not counted in the numbering. */
  unnumbered: boolean;
}

export interface TemplateDefinition {
  id: string;
  name: string;
  /** Title of the act; may use placeholders. */
  title: string;
  aliases: string[];
  needsFunction: boolean;
  /** "articoli": Art. 1, Art. 2… (acts); "paragrafi": 1., 2.… (plans). */
  numbering: "articoli" | "paragrafi";
  sections: TemplateSection[];
  /** Path relative to the knowledge folder, e.g. "templates/convenzione.md". */
  file: string;
}

export interface TemplateLoadResult {
  templates: TemplateDefinition[];
  problems: CheckProblem[];
}

const sectionHeading = /^##\s+([a-z0-9]+(?:-[a-z0-9]+)*)\s*$/;

export function templatesDir(knowledgeDir: string): string {
  return join(knowledgeDir, "templates");
}

export function loadTemplates(knowledgeDir: string): TemplateLoadResult {
  const directory = templatesDir(knowledgeDir);
  const result: TemplateLoadResult = { templates: [], problems: [] };
  if (!existsSync(directory)) return result;
  const files = readdirSync(directory)
    .filter((name) => name.endsWith(".md") && name.toLowerCase() !== "readme.md")
    .sort();
  for (const name of files) {
    const file = `templates/${name}`;
    const read = readTextFile(join(directory, name));
    if (read.error !== null) {
      // Named as the folder walk names it, so a dangling link is one problem, not one per check that meets it.
      result.problems.push(problem(displayPath(knowledgeDir, file), null, null, read.error));
      continue;
    }
    try {
      const template = parseTemplate(read.text, file, result.problems);
      if (template) result.templates.push(template);
    } catch (error) {
      result.problems.push(
        problem(file, 1, null, `front matter non leggibile: ${error instanceof Error ? error.message : String(error)}`),
      );
    }
  }
  return result;
}

export function parseTemplate(text: string, file: string, problems: CheckProblem[]): TemplateDefinition | null {
  const document = readFrontMatter(text);
  if (document.error) throw new Error(document.error.message);
  const data = document.data;
  const id = stringOf(data.id);
  const name = stringOf(data.name);
  if (!id || !name) {
    problems.push(problem(file, 1, id ? "name" : "id", "il modello deve dichiarare id e name nel front matter"));
    return null;
  }
  const bodies = splitSections(document.body, document.bodyStartLine);
  const sections: TemplateSection[] = [];
  const declared = Array.isArray(data.sections) ? data.sections : [];
  if (declared.length === 0) problems.push(problem(file, 1, "sections", "il modello non dichiara alcuna sezione"));
  for (const [index, raw] of declared.entries()) {
    const entry = (typeof raw === "object" && raw !== null ? raw : {}) as Record<string, unknown>;
    const sectionId = stringOf(entry.id);
    if (!sectionId || !stringOf(entry.title)) {
      problems.push(problem(file, 1, `sections.${index}`, "ogni sezione deve dichiarare id e title"));
      continue;
    }
    const body = bodies.get(sectionId);
    if (!body)
      problems.push(
        problem(
          file,
          1,
          `sections.${index}`,
          `la sezione "${sectionId}" non ha testo (manca il titolo "## ${sectionId}")`,
        ),
      );
    if (sections.some((section) => section.id === sectionId))
      problems.push(problem(file, 1, `sections.${index}`, `sezione "${sectionId}" duplicata`));
    sections.push({
      id: sectionId,
      title: stringOf(entry.title)!,
      sources: stringList(entry.sources),
      fields: stringList(entry.fields),
      body: body?.text.trim() ?? "",
      line: body?.line ?? 1,
      bodyLine: (body?.line ?? 1) + 1 + leadingBlankLines(body?.text ?? ""),
      unnumbered: entry.unnumbered === true,
    });
  }
  for (const [sectionId, body] of bodies) {
    if (!sections.some((section) => section.id === sectionId)) {
      problems.push(
        problem(file, body.line, sectionId, `il testo "## ${sectionId}" non corrisponde a nessuna sezione dichiarata`),
      );
    }
  }
  return {
    id,
    name,
    title: stringOf(data.title) ?? name,
    aliases: stringList(data.aliases),
    needsFunction: data.needs_function === true,
    numbering: data.numbering === "paragrafi" ? "paragrafi" : "articoli",
    sections,
    file,
  };
}

function splitSections(body: string, startLine: number): Map<string, { text: string; line: number }> {
  const sections = new Map<string, { text: string; line: number }>();
  let current: { id: string; lines: string[]; line: number } | null = null;
  const flush = () => {
    if (current) sections.set(current.id, { text: current.lines.join("\n"), line: current.line });
  };
  body.split("\n").forEach((line, index) => {
    const heading = sectionHeading.exec(line);
    if (heading) {
      flush();
      current = { id: heading[1]!, lines: [], line: startLine + index };
    } else if (current) {
      current.lines.push(line);
    }
  });
  flush();
  return sections;
}

function leadingBlankLines(text: string): number {
  const lines = text.split("\n");
  const first = lines.findIndex((line) => line.trim() !== "");
  return Math.max(first, 0);
}

function stringOf(value: unknown): string | null {
  return typeof value === "string" && value.trim() ? value.trim() : null;
}

function stringList(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === "string").map((item) => item.trim())
    : [];
}

export function problem(file: string, line: number | null, field: string | null, message: string): CheckProblem {
  return { file, line, field, message, severity: "error" };
}
