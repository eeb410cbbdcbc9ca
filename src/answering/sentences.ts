/** Italian sentence splitting that does not cut at "art.", "c.", "D.Lgs.", "n." or "ecc.". */

const abbreviations = new Set([
  "art",
  "artt",
  "c",
  "co",
  "n",
  "nn",
  "lett",
  "pag",
  "pagg",
  "p",
  "ecc",
  "cfr",
  "sig",
  "dott",
  "avv",
  "prof",
  "ing",
  "dlgs",
  "lgs",
  "d",
  "l",
  "r",
  "lr",
  "dl",
  "dpr",
  "dgr",
  "tuel",
  "s",
  "ss",
  "es",
  "rif",
  "prot",
  "cap",
  "reg",
  "all",
  "min",
]);

export function splitSentences(text: string): string[] {
  const flat = text
    .replace(/[ \t]*\n[ \t]*/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .replace(/[ \t]+/g, " ");
  const sentences: string[] = [];
  // Blocks end at blank lines, list items and headings; other line breaks are just PDF or Markdown wrapping.
  for (const block of flat.split(/\n(?=\n|[-•–*]\s|\d+[.)]\s|#)/)) {
    let current = "";
    for (const piece of block
      .replace(/\n+/g, " ")
      .trim()
      .split(/(?<=[.!?;])\s+/)) {
      current = current ? `${current} ${piece}` : piece;
      const lastWord = /([A-Za-zÀ-ú.]+)\.$/.exec(current)?.[1]?.replace(/\./g, "").toLowerCase() ?? "";
      const endsAtNumber = /\b\d+\.$/.test(current) && current.length < 8;
      if (abbreviations.has(lastWord) || endsAtNumber) continue;
      sentences.push(current.trim());
      current = "";
    }
    if (current.trim()) sentences.push(current.trim());
  }
  return sentences.filter((sentence) => sentence.length > 0);
}
