/**
 * Where a long paragraph may be cut: after a sentence. A full stop ends a sentence unless it closes an
 * abbreviation of legal Italian ("art.", "c.", "n.", "lett.", "D.Lgs.", "L.R.", "ss.mm.ii.", "ecc.", "dott.ssa"),
 * a single capital ("L. 56/2014") or a list number ("1."); ";" ends one too (commi and list items end there).
 * The chunker takes any splitter of this shape; this one keeps ingestion free of the answer layer.
 */

export type SentenceSplitter = (paragraph: string) => string[];

const abbreviations = new Set(
  (
    "art artt c cc co comma n nn nr num lett pag pagg p pp ecc cfr sig sigg dott ssa avv prof ing arch geom rag " +
    "dlgs lgs dl dpr dgr dpcm dm lr tuel d l r s ss es rif prot cap reg all min smi ssmmii mod succ int integr " +
    "cost cod civ pen proc amm tab vol ca pes gu guri spa srl soc coop pa on tit sez cpv cig cup fig op ult prec " +
    "seg segg cat pos ex tel st cd sg rup resp uff serv dip dir dirig cons ass com prov naz cit ord det delib gen"
  ).split(" "),
);

const boundary = /(?<=[.!?;]["»”)]?)\s+/;

export const splitSentences: SentenceSplitter = (paragraph) => {
  const sentences: string[] = [];
  let current = "";
  for (const piece of paragraph.split(boundary)) {
    current = current ? `${current} ${piece}` : piece;
    if (!endsSentence(current)) continue;
    sentences.push(current.trim());
    current = "";
  }
  if (current.trim()) sentences.push(current.trim());
  return sentences.filter(Boolean);
};

function endsSentence(text: string): boolean {
  if (/[!?;]["»”)]?$/.test(text)) return true;
  if (!/\.["»”)]?$/.test(text)) return false;
  const lastWord = /([\p{L}.]+)\.["»”)]?$/u.exec(text)?.[1]?.replace(/\./g, "").toLowerCase() ?? "";
  if (abbreviations.has(lastWord)) return false;
  // "L. 56/2014", "S.p.A.", "1." of a list.
  if (/(?:^|[\s(])\p{Lu}\.$/u.test(text) || /(?:\p{L}{1,3}\.){2,}$/u.test(text)) return false;
  return !/(?:^|\s)\(?\d{1,3}\.$/.test(text);
}
