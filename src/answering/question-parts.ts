/**
 * A question in several parts about one act ("ord. 15/2026: il proprietario deve fare la bonifica? e chi aveva
 * segnalato la situazione?") is answered part by part. A part the answer does not address yet — no line states three
 * quarters of its words, nor some of them with the datum it asks (a name, a date, an amount, a time) — gets the
 * sentence of the same act that states most of its words (at least half), and its datum when it asks one.
 */
import type { Source } from "../core/types.js";
import { analyze } from "../index-format/italian-analyzer.js";
import { carriesAsked, datumKinds, isAct, samePublication } from "./missing-parts.js";
import type { QuestionPart } from "./question-analysis.js";
import type { ScoredUnit } from "./scored-unit.js";
import { isActHeading, isClosingFormula, isQuotable } from "./unit-sentences.js";

/**
 * Share of a part's words that a line must state to address it ("dove ha lo studio l'avv. Corrado?" is not
 * addressed by a line naming the lawyer without his office: 0.5 → 0.75, dev actsc +1, nothing else changed), and
 * that a sentence added for it must state.
 */
const addressedShare = 0.75;
const addedShare = 0.5;
/** Parts completed at most: a long question is not answered with a page. */
const maxParts = 2;
/**
 * Share of the lead's coverage of the whole question that a sentence added for a part must have: a line sharing a
 * word with one part and nothing with the question ("Riconosciuto legale il numero dei Consiglieri…" for "numero e
 * data") is noise. Dev: 0 adds such lines to 3 right answers of 283; 0.35 keeps the 3 answers it completes (actsc).
 */
const questionShare = 0.35;
/**
 * Besides an act's heading (isActHeading), the lines that name the act and its session: "DELIBERAZIONE DEL
 * CONSIGLIO COMUNALE N° 18 del …", "L'anno duemilaventisei…", "PROPOSTA DI DELIBERAZIONE…".
 */
const actOpening =
  /^\s*(?:(?:proposta di )?(?:deliberazione|determinazione|delibera|determina|decreto|ordinanza)\b[^.;:]{0,60}\bn[°.]?\s*\d|l['’]anno duemila|proposta di delibera)/i;

export function uncoveredParts(
  parts: QuestionPart[],
  lines: string[],
  lead: ScoredUnit,
  candidates: ScoredUnit[],
  sources: Source[],
  weights: Map<string, number>,
): { text: string; unit: number }[] {
  const leadSource = sources[lead.index]!;
  if (parts.length === 0 || !isAct(leadSource)) return [];
  const shown = [...lines];
  const added: { text: string; unit: number }[] = [];
  for (const part of parts) {
    if (added.length >= maxParts) break;
    const words = part.terms.filter((term) => /[a-z]/.test(term) && weights.has(term));
    const total = words.reduce((sum, term) => sum + weights.get(term)!, 0);
    // A part of filler words only ("e quanto?") is asked by its kind of datum: the datum completion answers it.
    if (total === 0) continue;
    const shareOf = (terms: Set<string>, of: string[]) => {
      const whole = of.reduce((sum, term) => sum + weights.get(term)!, 0);
      return whole === 0 ? 0 : of.reduce((sum, term) => sum + (terms.has(term) ? weights.get(term)! : 0), 0) / whole;
    };
    const share = (terms: Set<string>) => shareOf(terms, words);
    // The words naming what was signed, without "firmato" itself: the block's heading does not sign.
    const blockWords = words.filter((term) => !signatureWord.test(term));
    const asked = datumKinds.filter((kind) => part.question.kinds.has(kind));
    const carries = (text: string) => asked.some((kind) => carriesAsked(text, kind, part.question));
    // Who signed as what: a line with another signer ("Il Segretario Generale/Responsabile della prevenzione… f.to
    // Avv. Urciuoli") does not say who signed as "responsabile della trasparenza".
    const signer = asksSignature(part);
    const addresses = (text: string) => {
      if (signer) return signedAs(text).some((block) => shareOf(new Set(analyze(block)), blockWords) >= addressedShare);
      const stated = share(new Set(analyze(text)));
      return stated >= addressedShare || (stated > 0 && carries(text));
    };
    if (shown.some(addresses)) continue;
    // What the answer already states of the part: an added sentence must state more.
    const said = Math.max(0, ...shown.map((text) => share(new Set(analyze(text)))));
    let best: { text: string; unit: number; value: number } | null = null;
    for (const unit of candidates) {
      if (!samePublication(leadSource, sources[unit.index]!)) continue;
      // "il parere tecnico chi l'ha firmato?": the block the part names, quoted with the signature that closes it.
      const signed = signedBlock(part, unit, (terms) => shareOf(terms, blockWords));
      if (signed && (!best || signed.value > best.value)) best = { ...signed, unit: unit.index };
      for (const sentence of unit.sentences) {
        if (!isQuotable(sentence) || isActHeading(sentence.text) || actOpening.test(sentence.text)) continue;
        if (!part.question.aboutClosing && isClosingFormula(sentence.text)) continue;
        if (shown.some((line) => line.includes(sentence.text))) continue;
        // Most of the part's words, more than the answer states, and the datum the part asks when it asks one.
        const stated = share(sentence.matched);
        if (stated < addedShare || stated <= said || (asked.length > 0 && !carries(sentence.text))) continue;
        // About what the question is about, not a line that shares a word with one part ("il numero dei consiglieri");
        // a part's words with the datum it asks are enough ("segnalazioni da parte dell'ASL" for "chi aveva segnalato?").
        if (asked.length === 0 && sentence.coverage < (lead.best?.coverage ?? 0) * questionShare) continue;
        // What the act decides first, as for the other completions.
        const decides = sources[unit.index]!.section === "dispositivo";
        const value = stated + (decides ? 0.1 : 0) + (unit === lead ? 0.05 : 0);
        if (!best || value > best.value) best = { text: sentence.text, unit: unit.index, value };
      }
    }
    if (!best) continue;
    added.push({ text: best.text, unit: best.unit });
    shown.push(best.text);
  }
  return added;
}

/**
 * What each signature of a text signs: the block quoted before it ("PARERE DI REGOLARITÀ TECNICA … — … f.to …") or
 * the last line or sentence before it ("Il Responsabile della Trasparenza f.to …").
 */
function signedAs(text: string): string[] {
  const blocks: string[] = [];
  for (const match of text.matchAll(new RegExp(signature.source, "gi"))) {
    const before = text.slice(0, match.index);
    const quoted = before.lastIndexOf(" — ");
    blocks.push(quoted >= 0 ? before.slice(0, quoted) : (before.split(/[.;•\n]\s/).at(-1) ?? ""));
  }
  return blocks;
}

function asksSignature(part: QuestionPart): boolean {
  return part.question.aboutClosing && (part.question.kinds.has("who") || part.question.kinds.has("person"));
}

/** Sentences after a block's heading within which its signature is looked for. */
const signatureReach = 6;
const signature = /\bf\.to\b|\bfirmato digitalmente\b/i;
const signatureWord = /^(?:firm|sottoscri|sigl)/;

/**
 * For a part asking who signed something ("il parere tecnico chi l'ha firmato?"): the sentence of the unit that
 * states most of the words naming what was signed, with the first signature that follows it ("PARERE DI REGOLARITÀ
 * TECNICA … — Il Responsabile del Servizio f.to Avv. …"), or the signature that names them itself.
 */
function signedBlock(
  part: QuestionPart,
  unit: ScoredUnit,
  share: (terms: Set<string>) => number,
): { text: string; value: number } | null {
  if (!asksSignature(part)) return null;
  let best: { text: string; value: number } | null = null;
  for (const [index, sentence] of unit.sentences.entries()) {
    const stated = share(sentence.matched);
    if (stated < addedShare || (best && best.value >= stated)) continue;
    // A signature that names its own role: "Il Responsabile della Trasparenza f.to Dott. Andrea Vitale".
    if (signature.test(sentence.text)) {
      best = { text: sentence.text, value: stated };
      continue;
    }
    const signer = unit.sentences
      .slice(index + 1, index + 1 + signatureReach)
      .find((next) => signature.test(next.text));
    if (signer) best = { text: `${sentence.text} — ${signer.text}`, value: stated };
  }
  return best;
}

/** True when the text states at least half of the words of every part of the question (or it has one part). */
export function statesEveryPart(parts: readonly QuestionPart[], text: string): boolean {
  const stated = new Set(analyze(text));
  return parts.every((part) => {
    const words = part.terms.filter((term) => /[a-z]/.test(term));
    return words.filter((term) => stated.has(term)).length * 2 >= words.length;
  });
}
