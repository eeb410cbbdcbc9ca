/**
 * Where a question asked in several parts splits, and how its parts relate: a subject named before a colon belongs
 * to every part, and a part that only names another thing ("e per una replica?") asks what the part before it did.
 */
import { analyze } from "../index-format/italian-analyzer.js";

/**
 * The parts of a question asked in several parts: split where a question mark closes one and more follows, or
 * where "e chi / e quando / e quanto / e dove / e come / e quale / e a chi / e con che…" opens another; a subject named
 * before a colon belongs to every part. Empty for a question in one part.
 */
export function questionParts(question: string, whole = false): string[] {
  // "ord. 15/2026 rifiuti al fg 6: il proprietario deve fare la bonifica? e chi aveva segnalato?": what comes before
  // the colon names the subject of every part, it is not a part.
  const topic = /^[^?:]{3,120}:\s+(?=\S)/.exec(question);
  const asked = topic ? question.slice(topic[0].length) : question;
  const pieces = asked
    .split(
      /\?+\s*(?=\S)|\s+e\s+(?=(?:(?:a|con|da|di|in|su|per|entro|fino a)\s+)?(?:chi|quando|quanto|quanti|quante|dove|come|quale|quali|che|cosa|perch[eé])(?=[\s,?]|$))/i,
    )
    .map((piece) => piece.trim())
    .filter((piece) => analyze(piece).some((term) => /[a-z]/.test(term)));
  return pieces.length > 1 || whole ? pieces : [];
}

/**
 * "dg 46 …: chi ha firmato il parere tecnico?": who signed which block of an act. Asked alone it is still a part, so
 * that the block it names is looked for with the signature that closes it (see question-parts.ts).
 */
export function asksSigner(text: string): boolean {
  return /\bchi\b/.test(text) && /\b(?:firmat\w*|sottoscritt\w*)\b/.test(text);
}

/**
 * "… quanto può parlare per intervento? e per una replica?": a part opening with "e" and a preposition or an
 * article, asking nothing of its own, goes on from the part before it.
 */
export function continuesPart(part: string): boolean {
  const text = part.toLowerCase();
  return (
    /^(?:e|ed|mentre|invece)\s+(?:per|a|al|alla|ai|alle|nel|nella|nei|in|il|la|lo|i|gli|le|con|su|sul|sulla|da|dal|dalla)\b/.test(
      text,
    ) && !/\b(?:chi|cosa|come|quando|quanto|quant[ioae]|quale|quali|dove|perch[eé]|che)\b/.test(text)
  );
}

/**
 * "e chi quello contabile?", "e quella del 2025?": a part that names what the part before asked by a pronoun. So does
 * "quanto spetta all'ing. Costanzo e quanto al notificatore?": a bare "quanto" before its item, with no verb of its
 * own, asks the same as the part before it.
 */
export function pointsBack(part: string): boolean {
  return (
    /\b(?:quello|quella|quelli|quelle)\b/i.test(part) ||
    /^(?:(?:e|ed|mentre)\s+)?quant[oiae]\s+(?:a|al|alla|allo|ai|agli|alle|all'|per|invece)\b[^?]{0,30}\??$/i.test(
      part.trim(),
    )
  );
}

/** "chi ha firmato il parere tecnico e chi quello contabile?": "quello" is the thing asked before, asked again. */
export function askedAgain<Kind, Asked extends { kinds: Set<Kind>; aboutClosing: boolean }>(
  own: Asked,
  before: Asked,
): Asked {
  return {
    ...own,
    kinds: new Set([...own.kinds, ...before.kinds]),
    aboutClosing: own.aboutClosing || before.aboutClosing,
  };
}
