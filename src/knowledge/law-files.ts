/**
 * Reads the regulatory guide (knowledge/law/*.md): front matter and `##` headings with the citable unit each
 * starts with ("art. 24 c.4", "DGR 941/2024"), recognised exactly as retrieval recognises them.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { unitOfHeading } from "../core/legal-reference.js";
import { displayPath } from "./display-path.js";
import { parseYamlText, type YamlFile } from "./yaml-file.js";

export const lawFolder = "law";

export interface LawHeading {
  /** 1-based line in the file. */
  line: number;
  text: string;
  /** "art. 24 c.4", "DGR 941/2024", or null when the heading does not start with a citable unit. */
  unit: string | null;
}

export interface LawFile {
  /** Path shown in problems ("knowledge/law/lr-21-2012.md"). */
  file: string;
  /** Front matter as a plain object; null when absent. */
  frontMatter: Record<string, unknown> | null;
  /** Why the front matter could not be read, with its line; null when fine or absent. */
  frontMatterError: { line: number | null; message: string } | null;
  /** Line of a front-matter key (1-based, in the file), or the opening fence line. */
  frontMatterLine(key: string): number | null;
  headings: LawHeading[];
}

const frontMatterBlock = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export function parseLawFile(file: string, text: string): LawFile {
  const source = text.replace(/^\uFEFF/, "");
  const match = frontMatterBlock.exec(source);
  let frontMatter: Record<string, unknown> | null = null;
  let frontMatterError: LawFile["frontMatterError"] = null;
  let yaml: YamlFile | null = null;
  if (match) {
    yaml = parseYamlText(match[1] ?? "");
    const firstError = yaml.syntaxErrors[0];
    if (firstError)
      frontMatterError = { line: firstError.line === null ? 1 : firstError.line + 1, message: firstError.message };
    else if (yaml.value && typeof yaml.value === "object" && !Array.isArray(yaml.value))
      frontMatter = yaml.value as Record<string, unknown>;
    else frontMatterError = { line: 1, message: "il front matter non è un elenco di campi chiave: valore" };
  }
  const bodyOffset = match ? match[0].split("\n").length - 1 : 0;
  const bodyLines = source.slice(match ? match[0].length : 0).split(/\r?\n/);
  const headings: LawHeading[] = [];
  bodyLines.forEach((line, index) => {
    if (/^##\s+\S/.test(line))
      headings.push({
        line: bodyOffset + index + 1,
        text: line.replace(/^##\s+/, "").trim(),
        unit: unitOfHeading(line),
      });
  });
  return {
    file,
    frontMatter,
    frontMatterError,
    frontMatterLine: (key) => {
      const line = yaml?.lineOf([key]);
      return line === null || line === undefined ? (match ? 1 : null) : line + 1;
    },
    headings,
  };
}

/** Every Markdown file of knowledge/law, sorted by name (user PDFs are not part of the guide). */
export function readLawFiles(knowledgeDir: string): LawFile[] {
  const directory = path.join(knowledgeDir, lawFolder);
  if (!existsSync(directory)) return [];
  return readdirSync(directory)
    .filter((name) => name.endsWith(".md") && name.toLowerCase() !== "readme.md")
    .sort()
    .map((name) =>
      parseLawFile(
        displayPath(knowledgeDir, path.join(lawFolder, name)),
        readFileSync(path.join(directory, name), "utf8"),
      ),
    );
}
