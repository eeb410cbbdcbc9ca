/**
 * "PIAO per esteso cosa vuol dire?", "che significa DUP?": what a sigla stands for. The answer is the line that
 * spells it out — words whose initials make the sigla ("Piano integrato di attività e organizzazione") — not any
 * line that mentions it ("Il Comune ha approvato il proprio P.E.B.A. con deliberazione…"). When no source spells it
 * out, there is no answer to give.
 */
import { fold } from "../index-format/italian-analyzer.js";
import { splitUnitSentences } from "./unit-sentences.js";

const asksMeaning =
  /\b(?:(?:cosa|che cosa|che) (?:vuol|vuole) dire|(?:che|che cosa|cosa) significa|significato d\w*|per esteso|sta per|stanno per)\b/;

/** Words of a question that say how it is asked, never the sigla itself. */
const asking = new Set(
  "cosa che vuol vuole dire significa significato per esteso sta stanno la il lo le gli i l sigla acronimo di del della e".split(
    " ",
  ),
);

/** Words a spelled-out sigla skips: "Piano integrato DI attività E organizzazione". */
const skipped = new Set(
  "di del della dello dei degli delle e ed per la il lo le i gli l a al alla allo ai agli alle in nel nella da dal dalla su sul sulla con".split(
    " ",
  ),
);

/** The sigla whose meaning the question asks ("PEBA", "P.E.B.A." → "peba"), or null. */
export function askedSigla(question: string): string | null {
  const text = fold(question);
  if (!asksMeaning.test(text)) return null;
  const words = text
    .replace(/\b([a-z])\.(?=[a-z]\.)/g, "$1")
    .replace(/\b([a-z])\.(?=\s|$|\?)/g, "$1")
    .split(/[^a-z]+/)
    .filter((word) => word.length > 0 && !asking.has(word));
  // The sigla alone: "che vuol dire conferimento integrale?" asks the meaning of words, not of a sigla.
  if (words.length === 1) return words[0]!.length >= 2 && words[0]!.length <= 8 ? words[0]! : null;
  return siglaInCapitals(question, asksMeaning.exec(text)!);
}

const capitalSigla = /(?<![\p{L}\p{N}])(?:(?:\p{Lu}\.){2,8}|\p{Lu}{2,8}(?![\p{L}\p{N}]))/gu;

/**
 * Among other words, the sigla is the one written in capitals right next to the words that ask its meaning ("vedo
 * scritto SIA, sta per cosa?", "nel PIAO c'è il POLA, che vuol dire?"). Farther away it is not what is asked: "che
 * significa che la delibera è eseguibile ai sensi del TUEL?" asks about the words, "che significa SIOPE plus?" about a
 * name the capitals only begin.
 */
function siglaInCapitals(question: string, asked: RegExpExecArray): string | null {
  const folded = fold(question);
  for (const match of question.matchAll(capitalSigla)) {
    const sigla = fold(match[0]).replace(/\./g, "");
    if (asking.has(sigla)) continue;
    const end = match.index + match[0].length;
    const between =
      end <= asked.index ? folded.slice(end, asked.index) : folded.slice(asked.index + asked[0].length, match.index);
    // "che significa SIOPE plus?": the capitals are only part of a name.
    const next = /^\s+([a-z]+)/.exec(folded.slice(end))?.[1];
    if (next !== undefined && !skipped.has(next) && !asking.has(next)) continue;
    if (between.split(/[^a-z]+/).every((word) => word === "" || asking.has(word))) return sigla;
  }
  return null;
}

/** The words of the text whose initials spell the sigla, as written there; null when none do. */
export function spelledOut(text: string, sigla: string): string | null {
  const words = [...text.matchAll(/[\p{L}']+/gu)];
  for (let start = 0; start < words.length; start++) {
    let letter = 0;
    let end = start;
    while (end < words.length && letter < sigla.length) {
      const word = fold(words[end]![0]);
      if (end > start && skipped.has(word)) {
        end++;
        continue;
      }
      if (word.length < 3 || skipped.has(word) || word[0] !== sigla[letter]) break;
      letter++;
      end++;
    }
    if (letter === sigla.length) {
      const first = words[start]!;
      const last = words[end - 1]!;
      return text.slice(first.index, last.index! + last[0].length);
    }
  }
  return null;
}

/**
 * The sentence of the given units that spells the sigla out, with the index of its unit; null when none does. The
 * sigla itself ("PIAO") written as a word of the sentence is not a spelling out.
 */
export function definingSentence(units: readonly string[], sigla: string): { text: string; index: number } | null {
  for (const [index, unit] of units.entries()) {
    for (const sentence of splitUnitSentences(unit)) {
      const spelled = spelledOut(sentence.text, sigla);
      if (spelled && fold(spelled).split(/\s+/).length >= 2) return { text: sentence.text, index };
    }
  }
  return null;
}

export function siglaNotFoundAnswer(sigla: string): string {
  const written = sigla.length <= 5 ? sigla.toUpperCase() : sigla;
  return `Non ho trovato nelle fonti indicizzate cosa significa "${written}": nessuna fonte lo scrive per esteso. Qui sotto le fonti più vicine alla domanda.`;
}
