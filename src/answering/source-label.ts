/**
 * How a source is named to a reader, in text, Slack and prompts alike: "L.R. 21/2012, art. 24 c.4", "Delibera di
 * Giunta n. 42 del 24/03/2026 — Piano triennale del fabbisogno…, p. 5" (an act by its label and OGGETTO), with
 * "(testo da OCR)" when the page was read from a scan.
 */
import { actDisplayTitle } from "../acts/index.js";
import type { Source } from "../core/types.js";

export const ocrNote = "(testo da OCR)";

export function sourceLabel(source: Pick<Source, "title" | "article" | "page" | "ocr" | "act">): string {
  const title = source.act ? actDisplayTitle(source.act) : source.title;
  // Texts cited by a unit of their own ("Direttiva Min. PA 14/1/2025") would otherwise repeat it.
  const article = source.article && !title.includes(source.article) ? source.article : null;
  const label = [title, article, source.page !== null ? `p. ${source.page}` : null].filter(Boolean).join(", ");
  return source.ocr ? `${label} ${ocrNote}` : label;
}
