/**
 * A sigla written in capitals that is also an Italian stopword: "SIA" (servizio informatico associato), "SUA"
 * (stazione unica appaltante). Folded, it would be dropped with "sia" and "sua", and "vedo scritto SIA, sta per
 * cosa?" would search for nothing. "P.O." is "PO". Written in capitals among words that are not, it is a name: it
 * becomes a term of its own ("SIA" -> "SIASIGLA"), in questions and passages alike, while a lower-case "sia" stays a
 * stopword. Among other capitals ("OGGETTO: APPROVAZIONE DEL PIANO DA PARTE …") capitals say nothing, and stopwords
 * stay stopwords.
 */
const capitalWord = /(?<![\p{L}\p{N}.])(?:\p{Lu}{2,5}|(?:\p{Lu}\.){2,5})(?![\p{L}\p{N}])/gu;
const lastWord = /\p{L}{2,}(?=\P{L}*$)/u;
const firstWord = /\p{L}{2,}/u;
const reach = 40;

const siglaMark = "SIGLA";

export function markCapitalSiglas(text: string, isStopword: (word: string) => boolean): string {
  if (!/\p{Lu}\.?\p{Lu}/u.test(text)) return text;
  return text.replace(capitalWord, (written: string, offset: number) => {
    const sigla = written.replaceAll(".", "");
    return isStopword(sigla.toLowerCase()) && !amongCapitals(text, offset, written.length)
      ? `${sigla}${siglaMark} `
      : written;
  });
}

/**
 * A neighbouring word in capitals too: a run of capitals ("3. DI APPROVARE il piano", "DI DARE ATTO CHE") is emphasis,
 * not a name. A sigla with no neighbour ("SIA?") is a sigla.
 */
function amongCapitals(text: string, offset: number, length: number): boolean {
  const before = text.slice(Math.max(0, offset - reach), offset).match(lastWord)?.[0];
  const after = text.slice(offset + length, offset + length + reach).match(firstWord)?.[0];
  const neighbours = [before, after].filter((word): word is string => word !== undefined);
  return neighbours.some((word) => word === word.toUpperCase());
}
