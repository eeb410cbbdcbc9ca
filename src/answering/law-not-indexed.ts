/**
 * "Cosa prevede l'art. 192 del D.Lgs. 152/2006?" asks the text of a law. When no indexed document is that law,
 * the acts that merely cite it cannot say what it provides: the answer says the law is not among the sources,
 * rather than quoting an act that mentions it (or letting a model recite it from memory).
 */

const lawKinds: [RegExp, string][] = [
  [/^(?:d\.?\s?lgs\.?|decreto legislativo)\s*/i, "D.Lgs. "],
  [/^(?:l\.?\s?r\.?|legge regionale)\s*/i, "L.R. "],
  [/^(?:d\.?\s?l\.?|decreto[- ]legge)\s*/i, "D.L. "],
  [/^(?:d\.?p\.?r\.?)\s*/i, "D.P.R. "],
  [/^(?:d\.?g\.?r\.?)\s*/i, "DGR "],
  [/^(?:l\.|legge)\s*/i, "L. "],
];

/** "dlgs 152/2006" → "D.Lgs. 152/2006", as officials write it. */
export function lawDisplayName(written: string): string {
  const text = written.trim();
  for (const [pattern, name] of lawKinds) {
    if (pattern.test(text)) return `${name}${text.replace(pattern, "").replace(/^(?:n\.?|nr\.?)\s*/i, "")}`;
  }
  return text;
}

export function lawNotIndexedAnswer(law: string): string {
  return `Non ho trovato il testo della norma ${lawDisplayName(law)} tra le fonti indicizzate, quindi non posso dire cosa prevede: le fonti qui sotto la citano soltanto. Per una risposta va caricato il testo della norma (unione ingest).`;
}

/** The law is among the sources but not the article asked: say which articles are, rather than quote another. */
export function articleNotIndexedAnswer(missing: { law: string; article: string; held: string[] }): string {
  const held =
    missing.held.length > 0
      ? ` Di questa norma le fonti riportano: ${missing.held.map((article) => `art. ${article}`).join(", ")}.`
      : "";
  return `Non ho trovato l'art. ${missing.article} della norma ${missing.law} tra le fonti indicizzate, quindi non posso dire cosa prevede.${held} Per una risposta va caricato il testo completo della norma (unione ingest).`;
}
