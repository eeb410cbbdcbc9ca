/**
 * What a deliberation records of its sitting: who was present or absent (the attendance table every deliberation
 * opens with), who presided, who took the minutes, how it was voted. "chi mancava in giunta il 9 aprile?" is answered
 * by the table's rows ("BIANCARDI LUIGI | ASSESSORE | Assente"), "è passata all'unanimità?" by the vote ("Con VOTI
 * unanimi palesemente espressi"), not by what the act decided.
 */
import { fold } from "../index-format/italian-analyzer.js";

export type SessionAsk = "absent" | "present" | "presided" | "secretary" | "vote";

const asks: [SessionAsk, RegExp][] = [
  // Who presided a sitting, not a body ("chi presiede la delegazione trattante?" is answered by the act).
  [
    "presided",
    /\bpresiedeva\b|\bpresieduto\b|\bpresidente della seduta\b|\bpresied\w*\b[^?]{0,40}\b(?:seduta|giunta|consiglio|riunione|adunanza)\b|\b(?:seduta|giunta|consiglio|riunione|adunanza)\b[^?]{0,40}\bpresied\w*/,
  ],
  ["absent", /\bassent[ei]\b|\bmanca(?:va|vano|nte|nti)\b|\bnon c'er[ao]\b|\bnon (?:era|erano) present[ei]\b/],
  ["secretary", /\bverbalizz\w*|\bsegretari[oa] verbalizzante\b|\bchi (?:ha )?(?:fatto|redatto|scritto) il verbale\b/],
  [
    "vote",
    /\bunanim\w*|\bvotat[oaie]? contro\b|\bvoti contrari\b|\bcontrari\b|\bastenut[oaie]\b|\bastenuto\b|\bfavorevoli\b|\bcome e stat[ao] votat[oa]\b|\besito (?:della )?votazione\b/,
  ],
  [
    "present",
    /\bchi c'er[ao]\b|\b(?:chi|quanti|quante)\b[^?]{0,30}\b(?:era|erano)\s+present[ei]\b|\bquanti (?:erano|c'erano)\b|\bchi ha partecipato\b/,
  ],
];

/** What the question asks of the sitting, if anything. */
export function sessionAsk(question: string): SessionAsk | null {
  const text = fold(question);
  // "perché il sindaco non c'era?" asks a reason, which the attendance table does not give.
  if (/\bperche\b|\bcome mai\b/.test(text)) return null;
  return asks.find(([, pattern]) => pattern.test(text))?.[0] ?? null;
}

/** Words that find, within the act, the passage recording what is asked. */
export const sessionQuery: Record<SessionAsk, string> = {
  absent: "Nominativo Ruolo Presente Assente",
  present: "Nominativo Ruolo Presente Assente",
  presided: "constatato il numero legale dichiara aperta la seduta",
  secretary: "Partecipa cura la verbalizzazione Segretario Comunale",
  vote: "votazione voti unanimi favorevoli contrari astenuti",
};

const attendanceHeading = /\bNominativo\b|\bPresente\s+Assente\b/i;
/** The table's totals, present and absent: "Tot. 4 | Tot. 1". */
const attendanceTotals = /^Tot\.\s*\d+\s*\|?\s*Tot\.\s*\d+/i;
const lines: Record<SessionAsk, (line: string) => boolean> = {
  absent: (line) =>
    (/(?:^|\|\s*|\s)Assente\s*(?:\||$)/i.test(line) && !attendanceHeading.test(line)) || attendanceTotals.test(line),
  present: (line) =>
    (/(?:^|\|\s*|\s)Presente\s*(?:\||$)/i.test(line) && !attendanceHeading.test(line)) || attendanceTotals.test(line),
  presided: (line) => /\bdichiara aperta la seduta\b|\bassume la presidenza\b|\bpresiede la seduta\b/i.test(line),
  secretary: (line) => /\bverbalizzazione\b|\bsegretari[oa]\b[^.]{0,40}\bverbal/i.test(line),
  vote: (line) =>
    /\bvot[oi]\b[^.;]{0,60}\b(?:unanim\w*|favorevol\w*|contrar\w*)|\ball'unanimità\b|\bastenut[ie]\b/i.test(line),
};

/** Lines quoted at most: an attendance table of a council has about twenty rows. */
const maxLines = 20;

/**
 * The lines of a passage that record what is asked of the sitting, as written. Of the votes, the one on the act
 * itself: the second vote, "la delibera immediatamente eseguibile", is about when it takes effect.
 */
export function sessionLines(ask: SessionAsk, text: string): string[] {
  const found = text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "" && lines[ask](line));
  return (ask === "vote" ? found.filter((line) => !immediateEffect.test(line)) : found).slice(0, maxLines);
}

const immediateEffect = /\bimmediatamente eseguibile\b/i;
