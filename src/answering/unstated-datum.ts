/**
 * A question that asks for a precise datum — an amount, a time, a person's name, a phone number or address, an
 * identifier — is answered by a passage that states it, or not at all. "quanto costa il passo carrabile?" answered
 * with a sentence on building costs, "chi è l'RSPP?" with one on staff training, would be confident and wrong: the
 * bot says it did not find the datum and lists the closest sources.
 */
import { datumKinds } from "./missing-parts.js";
import type { QuestionAnalysis, QuestionKind } from "./question-analysis.js";

/** Data an answer either shows or does not have: a figure or a name in the text, not a paraphrase. */
const preciseKinds = new Set<QuestionKind>(["amount", "time", "person", "contact", "code"]);

const datumNames: Partial<Record<QuestionKind, string>> = {
  amount: "l'importo",
  time: "l'orario",
  person: "il nome",
  contact: "il recapito",
  code: "il numero o il codice",
};

/**
 * The precise data asked that the answer does not state, when nothing the question asks is stated and every part
 * of it asks a datum; null otherwise (a question with a descriptive part is still answered on that part).
 */
export function unstatedDatum(question: QuestionAnalysis, unanswered: readonly QuestionKind[]): QuestionKind[] | null {
  // "chi è il revisore?" asks a name, which any organ named ("who") would not give; "quanto costa?" an amount.
  const implied = new Set<QuestionKind>([
    ...(question.kinds.has("person") ? (["who"] as const) : []),
    ...(question.kinds.has("amount") ? (["quantity"] as const) : []),
  ]);
  const asked = datumKinds.filter((kind) => question.kinds.has(kind) && !implied.has(kind));
  const precise = asked.filter((kind) => preciseKinds.has(kind));
  if (precise.length === 0 || !asked.every((kind) => unanswered.includes(kind))) return null;
  if (!question.parts.every((part) => datumKinds.some((kind) => part.question.kinds.has(kind)))) return null;
  return precise;
}

export function datumNotFoundAnswer(kinds: readonly QuestionKind[]): string {
  const names = kinds.map((kind) => datumNames[kind]).filter((name): name is string => name !== undefined);
  const asked = names.length > 1 ? `${names.slice(0, -1).join(", ")} e ${names.at(-1)}` : (names[0] ?? "il dato");
  return `Non ho trovato nelle fonti indicizzate ${asked} che chiedi: nessun passaggio lo riporta. Qui sotto le fonti più vicine alla domanda; se il documento che lo contiene non è ancora stato caricato, va indicizzato (unione ingest).`;
}
