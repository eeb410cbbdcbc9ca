/**
 * The subject of an act, on one line: the OGGETTO with its continuation lines (up to the verbale's narrative,
 * the attendance table, the register number or the first premessa), or for documents without an OGGETTO the title block of the
 * cover ("Regolamento / per il funzionamento / del Consiglio Comunale"). Repeated labels ("OGGETTO: OGGETTO:")
 * go; long subjects are cut at a word with "…".
 */

const maxLength = 300;
const maxLines = 8;
// "OGGETTO:" opens a line (or follows the heading's date: "27/02/2026 OGGETTO: …"); "indicato in oggetto." does not.
const subjectLabel = /(?:^|^[\d/.\s]+|^\W+|\d{4}\s+)oggetto\s*[:\-–]\s*/i;
const stopLine = new RegExp(
  [
    "^(?:registro\\s+generale|reg\\.?\\s*gen|r\\.\\s?g\\.)",
    "^nominativo\\b",
    "^(?:vist[oaie]|premess[oaie]|considerat[oaie]|richiamat[oaie]|ritenut[oaie]|dat[oa]\\s+atto|pres[oa]\\s+atto|attes[oa]|accertat[oaie]|rilevat[oaie]|tenuto\\s+conto|lett[oaie]|esaminat[oaie]|verificat[oaie]|constatat[oaie]|richiesti)\\b",
    "^(?:il|la)\\s+(?:sindaco|responsabile|dirigente|segretari[oa]|president[ea]|giunta|consiglio|commissari[oa]|direttore)\\b",
    "^l['’]\\s?anno\\s+(?:duemila|millenovecento|\\d{4}\\s*,?\\s*(?:il|addì))",
    "^(?:cig|cup)\\b",
    "^(?:delibera|determina|ordina|decreta|dispone|propone|rende\\s+noto|si\\s+informa|avvisa|premesso)\\b\\s*:?$",
    "^(?:deliberazione|determinazione|ordinanza|decreto)\\s+(?:della|del|dirigenziale|sindacale)\\b",
    "^n[°º.]\\s*\\d",
    "^(?:approvat[oa]|adottat[oa])\\s+con\\b",
    "^indice\\b",
  ].join("|"),
  "i",
);

// Where the verbale's narrative starts ("Il giorno ventisette del mese di…", "Addì…", "Nella sala consiliare…",
// "PRESENTI"). Case matters: a capitalised sentence opens the narrative, while a subject in capitals may well
// continue on a line "IL GIORNO 30 GIUGNO" and one in sentence case on a line "nella sede di via…".
const narrativeStart =
  /^(?:(?:Il|Nel)\s+giorno\s+\p{Ll}|(?:[Aa]ddì|ADDÌ)(?!\p{L})|(?:Nella|Presso\s+la)\s+(?:sala|sede|residenza)\b|Alle\s+ore\b|In\s+data\s+\p{Ll}|PRESENTI\b|Presenti\b)/u;

/** A line that cannot continue an OGGETTO: a premessa, the register number, the attendance table, a title. */
export function isSubjectStop(line: string): boolean {
  return stopLine.test(line) || narrativeStart.test(line);
}

/** Where a line opens with the "OGGETTO:" label, the offset right after it; otherwise -1. */
export function afterSubjectLabel(line: string): number {
  const match = subjectLabel.exec(line);
  return match ? match.index + match[0].length : -1;
}

/** The OGGETTO of the act among these lines, or null. */
export function readSubject(lines: readonly string[], from = 0): string | null {
  for (let index = from; index < lines.length; index += 1) {
    const match = subjectLabel.exec(lines[index]!);
    if (!match) continue;
    const parts = [lines[index]!.slice(match.index + match[0].length)];
    for (let next = index + 1; next < lines.length && next <= index + maxLines; next += 1) {
      if (isSubjectStop(lines[next]!)) break;
      parts.push(lines[next]!);
    }
    const subject = cleanSubject(joinParts(parts));
    if (subject) return subject;
  }
  return null;
}

const yearLine = /^(?:anno\s+)?(?:19|20)\d{2}(?:\s*[-/–]\s*(?:19|20)?\d{2,4})?\.?$/i;

/** The title block starting at `titleLine`: the title and the lines that continue it (at most four). */
export function readTitleBlock(lines: readonly string[], titleLine: number): string | null {
  const parts = [lines[titleLine]!];
  for (let next = titleLine + 1; next < lines.length && parts.length < 4; next += 1) {
    const line = lines[next]!;
    const previous = parts[parts.length - 1]!;
    if (isSubjectStop(line) || /[.;:]$/.test(previous)) break;
    const continues =
      /^\p{Ll}/u.test(line) ||
      yearLine.test(line) ||
      /\s(?:e|ed|di|del|della|dei|delle|per|ai|al)$/i.test(previous) ||
      (isCaps(previous) && isCaps(line)) ||
      /^(?:e|ed|di|del|della|dei|delle)\b/i.test(line);
    if (!continues) break;
    parts.push(line);
  }
  return cleanSubject(joinParts(parts));
}

function isCaps(text: string): boolean {
  return /\p{Lu}/u.test(text) && text === text.toUpperCase();
}

function joinParts(parts: readonly string[]): string {
  return parts.reduce((text, part) => (/\p{L}-$/u.test(text) ? `${text}${part}` : `${text} ${part}`));
}

/** One line, labels and leftovers removed, at most ~300 characters. */
export function cleanSubject(text: string): string | null {
  const subject = text
    .replace(/\s+/g, " ")
    .replace(/^(?:\s*oggetto\s*[:.\-–]\s*)+/i, "")
    .replace(/\s*[-–:,]\s*$/, "")
    .trim();
  if (subject.length < 3) return null;
  if (subject.length <= maxLength) return subject;
  const cut = subject.slice(0, maxLength);
  return `${cut.slice(0, cut.lastIndexOf(" "))}…`;
}
