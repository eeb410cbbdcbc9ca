/** How a source is named to a reader: "L.R. 21/2012, art. 24 c.4" or "Delibera … , p. 5". */
import type { Source } from "../core/types.js";

export function sourceLabel(source: Pick<Source, "title" | "article" | "page">): string {
  return [source.title, source.article, source.page !== null ? `p. ${source.page}` : null].filter(Boolean).join(", ");
}
