/**
 * What a passage's shape says of it whatever the question: an index page lists article titles and answers nothing
 * (see table-of-contents.ts); an act's closing block repeats the same signatures and certificates on every act (see
 * closing-passage.ts). Each is judged once per passage, the first time it is ranked.
 */
import { isClosingPassage } from "./closing-passage.js";
import { isTableOfContents } from "./table-of-contents.js";

/** Below this share of its score an index page (a list of article titles) stops outranking the articles. */
const tableOfContentsFactor = 0.5;
/**
 * Multiplier of an act's closing block. Dev sets: 1 → 0.5 answers "il vice segretario Sorriento quando può
 * sostituire…" from his decree instead of fifty signature blocks (dev B 0.529 → 0.543), other sets unchanged; 0.2
 * changes nothing more.
 */
const closingFactor = 0.5;

/**
 * The multiplier of each passage's score for its shape, by position, computed lazily and kept. A question about an
 * act's closing ("chi ha firmato il parere tecnico?", "quando è stata pubblicata?") keeps its closing blocks whole.
 */
export function createShapePrior(
  texts: readonly { text: string }[],
): (position: number, aboutClosing?: boolean) => number {
  const known = new Map<number, { index: boolean; closing: boolean }>();
  return (position, aboutClosing = false) => {
    let shape = known.get(position);
    if (shape === undefined) {
      const text = texts[position]?.text ?? "";
      shape = { index: isTableOfContents(text), closing: isClosingPassage(text) };
      known.set(position, shape);
    }
    return (shape.index ? tableOfContentsFactor : 1) * (shape.closing && !aboutClosing ? closingFactor : 1);
  };
}
