/**
 * Recognises the closing block of an act from its text alone: signatures ("Il Vice Segretario Comunale f.to Avv.
 * …"), the certificate of enforceability or publication, "copia conforme all'originale", "letto, approvato e
 * sottoscritto". Every act of a notice board ends with one, naming the same secretary and the same dates: it
 * answers nothing about what the act decides, so a question naming the secretary must not be answered by fifty of
 * them.
 */
const closingLine =
  /\bf\.to\b|\bsi (?:attesta|certifica)\b|\bcertifico\b|\b(?:attest|certific)\w*(?=[^.;]{0,40}\b(?:pubblicazion|esecutiv|regolarit|conform|affiss|albo))|\besecutiv\w*|\bcopia conforme\b|\bsottoscritt\w*|\bpubblicazion\w*|\baffission\w*|\baffiss\w*|\bfirmat\w* digitalmente|^(?:il |la )?(?:vice ?)?(?:sindaco|segretari[oa](?: comunale| generale)?|presidente|responsabile(?: del servizio)?)\s*$|^avella\b|^\[?x?\]/i;
const articleHeading = /^(?:art\.|articolo)\s*\d+/i;
const numberedComma = /^\d{1,2}[.)]\s+\S/;
/** Share of a passage's lines that must be closing lines. */
const closingShare = 0.6;
/** A passage with this many lines or more that are not closing lines says something else too. */
const maxOtherLines = 4;

export function isClosingPassage(text: string): boolean {
  const lines = text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  if (lines.length < 3) return false;
  // "Articolo 68 - Entrata in vigore e forme di pubblicità / 1. … esecutività … / 2. … pubblicazione …" is a rule of
  // a regulation, not a closing block: an article's heading or a numbered comma is never a closing line.
  if (lines.some((line) => articleHeading.test(line))) return false;
  const closing = lines.filter((line) => closingLine.test(line) && !numberedComma.test(line)).length;
  return closing / lines.length >= closingShare && lines.length - closing < maxOtherLines;
}
