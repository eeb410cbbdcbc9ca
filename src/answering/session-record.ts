/** Where the answering act records what a question asks of its sitting (see session-facts.ts). */
import type { Source } from "../core/types.js";
import { isAct, samePublication } from "./missing-parts.js";
import { type SessionAsk, sessionLines } from "./session-facts.js";

/**
 * The lines of the answering act (or of a document published with it) that record what the question asks of its
 * sitting, from the first candidate passage that has them; null when nothing is asked of the sitting or recorded.
 */
export function sessionRecord(
  ask: SessionAsk | null,
  lead: Source,
  candidates: { index: number; source: Source; text: string }[],
): { text: string; unit: number } | null {
  if (!ask || !isAct(lead)) return null;
  for (const candidate of candidates) {
    if (!samePublication(lead, candidate.source)) continue;
    const found = sessionLines(ask, candidate.text);
    if (found.length > 0) return { text: found.join("\n"), unit: candidate.index };
  }
  return null;
}
