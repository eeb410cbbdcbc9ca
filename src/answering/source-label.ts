/** How a source is named to a reader: "L.R. 21/2012, art. 24 c.4" or "Delibera … , p. 5". */
import type { Source } from "../core/types.js";

export function sourceLabel(source: Pick<Source, "title" | "article" | "page">): string {
  // Texts cited by a unit of their own ("Direttiva Min. PA 14/1/2025") would otherwise repeat it.
  const article = source.article && !source.title.includes(source.article) ? source.article : null;
  return [source.title, article, source.page !== null ? `p. ${source.page}` : null].filter(Boolean).join(", ");
}
