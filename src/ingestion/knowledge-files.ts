/**
 * Lists the files ingest reads. YAML/JSON are data (records, rules, glossary), not passages: never indexed.
 * README.md files explain a folder to its editors (placeholder syntax, conventions): not an official's source.
 */
import { readdirSync, statSync } from "node:fs";
import { extname, join, relative, sep } from "node:path";

export const supportedExtensions = new Set([".pdf", ".md", ".txt", ".rst", ".docx"]);

export interface KnowledgeFile {
  /** Relative to the knowledge directory, with forward slashes. */
  path: string;
  absolutePath: string;
  size: number;
}

export function listKnowledgeFiles(knowledgeDir: string): KnowledgeFile[] {
  const files: KnowledgeFile[] = [];
  const visit = (directory: string) => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      if (entry.name.startsWith(".") || entry.name === "node_modules" || entry.name.toLowerCase() === "readme.md")
        continue;
      const absolutePath = join(directory, entry.name);
      const stats = entry.isSymbolicLink() ? safeStat(absolutePath) : null;
      if (entry.isDirectory() || stats?.isDirectory()) visit(absolutePath);
      else if ((entry.isFile() || stats?.isFile()) && supportedExtensions.has(extname(entry.name).toLowerCase())) {
        const size = stats?.size ?? statSync(absolutePath).size;
        files.push({ path: relative(knowledgeDir, absolutePath).split(sep).join("/"), absolutePath, size });
      }
    }
  };
  visit(knowledgeDir);
  return files.sort((left, right) => left.path.localeCompare(right.path));
}

function safeStat(path: string) {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}
