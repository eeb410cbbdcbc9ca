/**
 * Reads the regulatory guide (knowledge/law/*.md): front matter and `##` headings with the citable unit each
 * starts with ("art. 24 c.4", "DGR 941/2024"), recognised exactly as retrieval recognises them.
 */
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { unitOfHeading } from "../core/legal-reference.js";
import { displayPath } from "./display-path.js";
import { readFrontMatter } from "./front-matter.js";
import { readTextFile } from "./read-text-file.js";

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
  /** Why the file could not be read at all (a dangling link, no permission); absent when it was read. */
  unreadable?: string;
}

export function parseLawFile(file: string, text: string): LawFile {
  const frontMatter = readFrontMatter(text);
  const headings: LawHeading[] = [];
  for (const [index, line] of frontMatter.body.split("\n").entries()) {
    if (!/^##\s+\S/.test(line)) continue;
    const heading = { line: frontMatter.bodyStartLine + index, text: line.replace(/^##\s+/, "").trim() };
    headings.push({ ...heading, unit: unitOfHeading(line) });
  }
  return {
    file,
    frontMatter: frontMatter.present && !frontMatter.error ? frontMatter.data : null,
    frontMatterError: frontMatter.error,
    frontMatterLine: frontMatter.lineOf,
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
    .map((name) => {
      const file = displayPath(knowledgeDir, path.join(lawFolder, name));
      const read = readTextFile(path.join(directory, name));
      return read.error === null
        ? parseLawFile(file, read.text)
        : { ...parseLawFile(file, ""), unreadable: read.error };
    });
}
