/** A fact read from one act, before it is compared with the record: what, whose, where in the act, how sure. */
import type { Fact } from "./proposal.js";

export interface Finding {
  fact: Fact;
  /** The member Comune whose act it is (conferrals, revocations, a Comune's vote on the statute). */
  comune: string | null;
  /** Offsets of the quoted words in the act's text. */
  quote: { start: number; end: number };
  confidence: number;
  /** Who read it: the rules, or a model whose reading was checked against the act. */
  reader: "regole" | "modello";
}

const maxQuote = 420;

/** The words to quote for evidence at `at` inside [start, end): the whole decision when short, else a window. */
export function quoteRange(text: string, start: number, end: number, at: number): { start: number; end: number } {
  if (end - start <= maxQuote) return { start, end };
  const from = Math.max(start, at - 160);
  const to = Math.min(end, from + maxQuote);
  const left = from === start ? start : text.lastIndexOf(" ", from) + 1 || from;
  const right = to === end ? end : text.indexOf(" ", to);
  return { start: Math.max(start, left), end: right < 0 || right > end ? end : right };
}
