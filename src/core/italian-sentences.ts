/**
 * Sentence boundaries in administrative Italian. A dot ends a sentence unless it closes an abbreviation of legal
 * writing ("art.", "c.", "n.", "lett.", "D.Lgs.", "L.R.", "s.m.i.", "ecc.", "p.es.", "dott.ssa"), a single capital
 * ("L. 56/2014"), a dotted sigla ("S.p.A.") or a lone list number ("1."). Shared by the chunker, so that a passage
 * never ends at "ai sensi dell'art.", and by the answer, so that a quoted sentence is whole.
 */

const abbreviations = new Set([
  "art",
  "artt",
  "c",
  "cc",
  "co",
  "comma",
  "n",
  "nn",
  "nr",
  "num",
  "lett",
  "pag",
  "pagg",
  "p",
  "pp",
  "ecc",
  "cfr",
  "sig",
  "sigg",
  "dott",
  "dr",
  "drssa",
  "sigra",
  "fto",
  "dottssa",
  "dottsa",
  "ssa",
  "avv",
  "prof",
  "profssa",
  "ing",
  "arch",
  "geom",
  "rag",
  "dlgs",
  "lgs",
  "dl",
  "dpr",
  "dgr",
  "dpcm",
  "dm",
  "lr",
  "tuel",
  "d",
  "l",
  "r",
  "s",
  "ss",
  "es",
  "rif",
  "prot",
  // the numbers an act is registered and cited with: "Determina n. 462 rg. 679", "det. 326", "RP. 100"
  "rg",
  "rgn",
  "rp",
  "det",
  "delib",
  "ord",
  "sent",
  "ff",
  "cap",
  "reg",
  "all",
  "min",
  "smi",
  "ssmmii",
  "mod",
  "succ",
  "int",
  "integr",
  "modif",
  "cost",
  "cod",
  "civ",
  "pen",
  "proc",
  "amm",
  "ist",
  "tab",
  "vol",
  // cadastral references: "Fg. 6 part. 144", "mapp. 12 sub. 3", "p.lla 55"
  "fg",
  "part",
  "mapp",
  "sub",
  "plla",
  "ca",
  "pes",
  "eg",
  "ie",
  "gu",
  "guri",
  "burer",
  "burert",
  "spa",
  "srl",
  "soc",
  "coop",
  "pa",
  "on",
  "sen",
  "gen",
  "tit",
  "sez",
  "cpv",
  "cig",
  "cup",
  "fig",
  "ric",
  "op",
  "ult",
  "prec",
  "seg",
  "segg",
  "cat",
  "pos",
  "ex",
  "tel",
  "fax",
  "st",
  "cd",
  "sg",
  "rup",
  "resp",
  "uff",
  "serv",
  "dip",
  "dir",
  "dirig",
  "cons",
  "ass",
  "com",
  "prov",
  "reg",
  "naz",
  "eur",
  "nota",
  "cit",
  "cd",
]);

/** True when the text, which ends with ".", "!" or "?", really ends a sentence there. */
export function endsSentence(text: string): boolean {
  if (!/[.!?]["»”)]?$/.test(text)) return false;
  if (!/\.$/.test(text)) return true;
  const lastWord = /([A-Za-zÀ-ú.]+)\.$/.exec(text)?.[1]?.replace(/\./g, "").toLowerCase() ?? "";
  if (abbreviations.has(lastWord)) return false;
  // "ammonta ad €. 1.351.654,72": the dot after the currency sign announces the amount.
  if (/€\.$/.test(text)) return false;
  if (/(?:^|[\s(])[A-Z]\.$/.test(text) || /(?:[A-Za-z]{1,3}\.){2,}$/.test(text)) return false;
  return !/(?:^|\s)\(?\d{1,3}\.$/.test(text);
}

/** Characters under which a clause ending with ";" is not a sentence of its own when lower case follows. */
const shortClause = 40;

/** Splits one paragraph (line breaks already joined) into sentences; ";" ends a sentence too (commi, list items). */
export function splitSentences(paragraph: string, options: { semicolon?: boolean } = {}): string[] {
  const boundary = options.semicolon === false ? /(?<=[.!?]["»”)]?)\s+/ : /(?<=[.!?;]["»”)]?)\s+/;
  const sentences: string[] = [];
  let current = "";
  const pieces = paragraph.split(boundary);
  for (let index = 0; index < pieces.length; index++) {
    const piece = pieces[index]!;
    current = current ? `${current} ${piece}` : piece;
    if (/[.!?]["»”)]?$/.test(current) && !endsSentence(current)) continue;
    // A sentence starts like one: a quoted question ("possiamo…?" — no, …) or "ecc. e" run on.
    const next = pieces[index + 1];
    if (next !== undefined && /[.!?]["»”)]?$/.test(current) && !startsSentence(next)) continue;
    if (next !== undefined && /\beuro\.$/i.test(current) && /^\d/.test(next)) continue;
    // A short clause before ";" goes on in what follows: "L'Unione ha organi propri; il presidente è scelto…".
    const clause = /;$/.test(current) && current.length < shortClause && startsSentence(current);
    if (next !== undefined && clause && /^[a-zà-ú]/.test(next)) continue;
    if (current.trim()) sentences.push(current.trim());
    current = "";
  }
  if (current.trim()) sentences.push(current.trim());
  return sentences;
}

/**
 * Sentences begin with a capital, a digit, a quote, a bracket or a list mark; never with a lower-case word or a
 * dash, which go on from a quoted question ("possiamo…?" — no, …).
 */
function startsSentence(text: string): boolean {
  return /^[A-ZÀ-Ú0-9"«“'([•*-]/.test(text);
}
