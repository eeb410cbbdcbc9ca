/**
 * An answer quoting the law says which rule it quotes right after the fact, in the text itself: an official reads
 * "… (D.L. 78/2010, art. 14 c.31-quinquies)" without looking the source up, and a quote whose subject is the rule
 * ("È la base della programmazione integrata…") still says what it is about.
 */
import type { Source } from "../core/types.js";
import { fold } from "../index-format/italian-analyzer.js";
import { sourceLabel } from "./source-label.js";

/**
 * A rule quoted from the law names its article and law after the fact, unless the quote already names it ("Il c.5
 * chiede…"): "È la base della programmazione integrata… (D.L. 78/2010, art. 14 c.31-quinquies)".
 */
export function ruleCited(source: Source, quoted: string): string {
  if (source.kind !== "law") return "";
  const unit = source.article ?? "";
  const specific = /c\.\s*[\w-]+$/.exec(unit)?.[0] ?? unit;
  // "art. 1" is not mentioned by "art. 19", nor "c.4" by "c.4-bis"; "c. 5" and "c.5" are one.
  const mentions = (reference: string) => {
    const escaped = fold(reference).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const spaced = escaped.replace(/\\\.\s*/g, "\\.\\s*").replace(/\s+/g, "\\s*");
    return new RegExp(`(?<![\\w])${spaced}(?![\\w-])`).test(fold(quoted));
  };
  if (specific && mentions(specific)) return "";
  return ` (${sourceLabel(source)})`;
}
