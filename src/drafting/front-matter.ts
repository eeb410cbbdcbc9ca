/** Splits a Markdown file into its YAML front matter and body, keeping line numbers for error messages. */
import { parse } from "yaml";

export interface FrontMatterDocument {
  data: Record<string, unknown>;
  body: string;
  /** 1-based line number of the first body line in the file. */
  bodyStartLine: number;
}

const fence = /^---\s*$/;

/** A file without front matter has empty data; malformed YAML throws with the parser's message. */
export function splitFrontMatter(text: string): FrontMatterDocument {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  if (!fence.test(lines[0] ?? "")) return { data: {}, body: lines.join("\n"), bodyStartLine: 1 };
  const end = lines.findIndex((line, index) => index > 0 && fence.test(line));
  if (end < 0) throw new Error("front matter senza la riga di chiusura ---");
  const parsed: unknown = parse(lines.slice(1, end).join("\n")) ?? {};
  const data =
    typeof parsed === "object" && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  return { data, body: lines.slice(end + 1).join("\n"), bodyStartLine: end + 2 };
}
