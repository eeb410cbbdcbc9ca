/**
 * The one reader of YAML front matter ("---" lines around YAML at the top of a Markdown file): law files,
 * templates, schede and indexed Markdown all go through it. It never throws: a broken block is reported with its
 * line in the file, and each caller decides what that means (a problem for `unione check`, no title for ingest).
 */
import { parseYamlText } from "./yaml-file.js";

export interface FrontMatter {
  /** True when the file starts with a complete front-matter block. */
  present: boolean;
  /** Its fields; empty when absent or unreadable. */
  data: Record<string, unknown>;
  /** Why the block cannot be read, with its 1-based line in the file; null when fine or absent. */
  error: { line: number | null; message: string } | null;
  /** The text after the block (the whole text when there is none). */
  body: string;
  /** 1-based line in the file of the first body line. */
  bodyStartLine: number;
  /** 1-based line in the file of a key, or of the first line of the block when the key is missing. */
  lineOf(key: string): number | null;
}

const fence = /^---\s*$/;

export function readFrontMatter(text: string): FrontMatter {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const none = { present: false, data: {}, body: lines.join("\n"), bodyStartLine: 1, lineOf: () => null };
  if (!fence.test(lines[0] ?? "")) return { ...none, error: null };
  const end = lines.findIndex((line, index) => index > 0 && fence.test(line));
  if (end < 0) return { ...none, error: { line: 1, message: "front matter senza la riga di chiusura ---" } };
  const yaml = parseYamlText(lines.slice(1, end).join("\n"));
  const block = {
    present: true,
    body: lines.slice(end + 1).join("\n"),
    bodyStartLine: end + 2,
    lineOf: (key: string) => {
      const line = yaml.lineOf([key]);
      return line === null ? 1 : line + 1;
    },
  };
  const firstError = yaml.syntaxErrors[0];
  if (firstError) {
    return {
      ...block,
      data: {},
      error: { line: firstError.line === null ? 1 : firstError.line + 1, message: firstError.message },
    };
  }
  if (yaml.value === null || yaml.value === undefined) return { ...block, data: {}, error: null };
  if (typeof yaml.value !== "object" || Array.isArray(yaml.value)) {
    return {
      ...block,
      data: {},
      error: { line: 1, message: "il front matter non è un elenco di campi chiave: valore" },
    };
  }
  return { ...block, data: yaml.value as Record<string, unknown>, error: null };
}
