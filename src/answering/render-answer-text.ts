/** Plain-text rendering of an answer for the CLI and the console: notice, answer, numbered sources. */
import type { AskResult } from "../core/types.js";
import { sourceLabel } from "./source-label.js";

export function renderAnswerText(result: AskResult): string {
  const lines: string[] = [];
  if (result.notice) lines.push(`Nota: ${result.notice}`, "");
  lines.push(result.answer);
  if (result.sources.length > 0) {
    lines.push("", result.found ? "Fonti:" : "Fonti più vicine (da verificare, non rispondono direttamente):");
    for (const [index, source] of result.sources.entries())
      lines.push(`[${index + 1}] ${sourceLabel(source)} (${source.path})`);
  }
  return lines.join("\n");
}
