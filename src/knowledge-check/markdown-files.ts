/** Lists the Markdown files of the knowledge folder (recursively), as paths relative to it. */
import { type Dirent, readdirSync } from "node:fs";
import path from "node:path";

export function markdownFiles(knowledgeDir: string, relativeDir = ""): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(path.join(knowledgeDir, relativeDir), { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .sort((left, right) => left.name.localeCompare(right.name))
    .flatMap((entry) => {
      const relative = path.join(relativeDir, entry.name);
      if (entry.isDirectory()) return entry.name.startsWith(".") ? [] : markdownFiles(knowledgeDir, relative);
      return entry.name.endsWith(".md") ? [relative] : [];
    });
}
