/**
 * What a single line of PDF text looks like: the start of a list item or heading, a table row, an all-caps
 * heading, the end of a sentence. Page cleanup and act recognition decide on these shapes, never on the wording
 * of one Comune's documents.
 */

const oddSpacing = /[\u00a0\u2000-\u200b\u202f\u205f\u3000\t]| {2}/;

/** Non-breaking and odd spaces become plain spaces; runs of spaces collapse; tabs (table cells) are kept. */
export function normalizeLine(line: string): string {
  if (!oddSpacing.test(line)) return line.trim();
  const spaced = line.replace(/[\u00a0\u2000-\u200b\u202f\u205f\u3000]/g, " ").replace(/ {2,}/g, " ");
  // Spaces around a tab collapse into the tab (a table cell boundary); after the runs above, at most one each side.
  return (spaced.includes("\t") ? spaced.replace(/ ?\t[\t ]*/g, "\t") : spaced).trim();
}

// Bullets seen in real acts: dashes, dots, arrows, "Ø" and private-use Symbol-font glyphs.
const bullet = "[-–—−‐•·▪◦●■□➢➤►✓✔Ø⁃*\\uf000-\\uf0ff]";
// "a." opens an item only before a capital: "l. 241/1990" at the start of a line is a law, not item "l".
const listStart = new RegExp(
  `^(?:\\d{1,3}[.)](?!\\d)|\\d{1,2}(?:\\.\\d{1,2})+\\.?(?=\\s)|[a-z]\\)|[a-z]\\.(?=\\s+\\p{Lu})|[A-Z]\\)|\\(\\s*[a-zA-Z0-9]{1,3}\\s*\\)|${bullet})\\s*\\S`,
  "u",
);
const headingStart =
  /^(?:art(?:icolo|\.)\s*\d+|capo\s+[ivxlc\d]+\b|titolo\s+[ivxlc\d]+\b|sezione\s+[ivxlc\d]+\b|allegato\s+[a-z0-9]{1,3}\b|premess[ao]\b|oggetto\s*:)/i;

/** "1. Di approvare", "2.1 Nomina", "a) i valori", "(1) Oggetto", "- i valori", "Ø PROCEDURA". */
export function isListStart(line: string): boolean {
  return listStart.test(line);
}

/** "Art. 2 NOMINA", "Articolo 23 -", "CAPO II", "TITOLO I", "SEZIONE 2", "Allegato A", "OGGETTO:". */
export function isHeadingStart(line: string): boolean {
  return headingStart.test(line);
}

const numericToken = /^[€$£]?\(?[-+]?\d[\d.,%/:'’-]*\)?\*?$/;
const currencyOrSymbol = /^(?:€\.?|euro|%|\*|-|–|\|)$/i;
const leaders = /(?:\.\s?){4,}|…{2,}|_{4,}/;

/**
 * A table row or an index entry: cells separated by tabs, dotted leaders, a run of three numbers in a row, or a
 * line where numbers are at least a third of the words. Such lines are never joined into paragraphs.
 */
export function isTabularLine(line: string): boolean {
  if (line.includes("\t") || leaders.test(line)) return true;
  if (!/\d/.test(line)) return false;
  const tokens = line.split(" ").filter((token) => token && !currencyOrSymbol.test(token));
  if (tokens.length < 2) return false;
  let numbers = 0;
  let run = 0;
  let longestRun = 0;
  for (const token of tokens) {
    const isNumber = numericToken.test(token) && !/,$/.test(token);
    numbers += isNumber ? 1 : 0;
    run = isNumber ? run + 1 : 0;
    longestRun = Math.max(longestRun, run);
  }
  return longestRun >= 3 || (numbers >= 2 && numbers / tokens.length >= 0.34);
}

/** Letters are (almost) all capitals: "DELIBERA", "IL CONSIGLIO COMUNALE", "OGGETTO: PIANO TRIENNALE". */
export function isAllCaps(line: string): boolean {
  let upper = 0;
  let lower = 0;
  for (const char of line) {
    // Running text is ruled out within its first word.
    if (lower > 3 && lower > upper) return false;
    if (char >= "a" && char <= "z") lower += 1;
    else if (char >= "A" && char <= "Z") upper += 1;
    else if (char.toLowerCase() !== char.toUpperCase()) {
      if (char === char.toUpperCase()) upper += 1;
      else lower += 1;
    }
  }
  return upper >= 3 && lower <= upper * 0.1;
}

export function startsLowercase(line: string): boolean {
  const first = /\p{L}/u.exec(line.slice(0, 3));
  if (!first) return false;
  return first[0] === first[0].toLowerCase() && first[0] !== first[0].toUpperCase();
}

const abbreviationAtEnd =
  /(?:^|[\s(])(?:n|nn|art|artt|c|co|comma|lett|pag|pagg|par|cap|cfr|ecc|sig|sigg|sig\.ra|dott|dott\.ssa|avv|arch|ing|geom|rag|prof|on|prot|rif|reg|gen|ss|s\.m|p\.es|es|vs|d\.lgs|d\.l|d\.p\.r|l|l\.r|t\.u|tuel|all|cod|cat|fg|part|sub|tel|loc|fraz|v)\.$/i;

/** The line ends a sentence or clause (";", ":", "." not after an abbreviation such as "n." or "art."). */
export function endsSentence(line: string): boolean {
  const text = line.replace(/["”’»)\]]+$/, "");
  if (/[;:!?]$/.test(text)) return true;
  if (!text.endsWith(".")) return false;
  // "– P." (P. IVA), "dott. A." : a lone capital before the dot is an initial, not the end of a sentence.
  return !abbreviationAtEnd.test(text) && !/(?:^|[\s(“".])\p{Lu}\.$/u.test(text);
}

const functionWords = new Set([
  "e",
  "ed",
  "o",
  "od",
  "di",
  "del",
  "dello",
  "della",
  "dei",
  "degli",
  "delle",
  "dell",
  "a",
  "ad",
  "al",
  "allo",
  "alla",
  "ai",
  "agli",
  "alle",
  "all",
  "da",
  "dal",
  "dalla",
  "dai",
  "dagli",
  "dalle",
  "in",
  "nel",
  "nello",
  "nella",
  "nei",
  "negli",
  "nelle",
  "nell",
  "con",
  "per",
  "su",
  "sul",
  "sulla",
  "sui",
  "sugli",
  "sulle",
  "tra",
  "fra",
  "il",
  "lo",
  "la",
  "i",
  "gli",
  "le",
  "l",
  "un",
  "uno",
  "una",
  "che",
  "non",
  "ex",
  "cui",
  "quale",
  "quali",
  "come",
  "sia",
  "n",
  "art",
  "artt",
  "comma",
  "lett",
  "c",
  "ovvero",
  "nonché",
  "nonche",
  "mediante",
  "presso",
  "verso",
  "oltre",
]);

/** The line ends on a word that cannot end a heading or a paragraph: "E", "della", "n.", "ai sensi dell'". */
export function endsOnFunctionWord(line: string): boolean {
  let end = line.length;
  while (end > 0 && " .'’".includes(line[end - 1]!)) end -= 1;
  if (end < line.length && /['’]/.test(line.slice(end))) return true;
  const start = line.lastIndexOf(" ", end - 1) + 1;
  return functionWords.has(
    line
      .slice(start, end)
      .toLowerCase()
      .replace(/^.*['’]/, ""),
  );
}

/** Everything the reflow asks about one line, computed once. */
export interface LineFacts {
  text: string;
  tabular: boolean;
  opensBlock: boolean;
  allCaps: boolean;
  lowercaseStart: boolean;
  sentenceEnd: boolean;
  functionWordEnd: boolean;
  hyphenEnd: boolean;
}

export function describeLine(text: string): LineFacts {
  return {
    text,
    tabular: isTabularLine(text),
    opensBlock: isListStart(text) || isHeadingStart(text),
    allCaps: isAllCaps(text),
    lowercaseStart: startsLowercase(text),
    sentenceEnd: endsSentence(text),
    // "D E L I B E R A" ends in the letter "A", not in the preposition.
    functionWordEnd: endsOnFunctionWord(text) && !/^(?:\p{Lu} ){2,}\p{Lu}\s*:?$/u.test(text),
    hyphenEnd: text.endsWith("-") && /\p{L}-$/u.test(text),
  };
}
