/** Keeps only citations [n] that point to a retrieved source; the model may not cite what it was not given. */

const citation = /\[(\s*\d+(?:\s*[,;]\s*\d+)*\s*)\]/g;

export interface CheckedCitations {
  text: string;
  valid: number[];
  removed: number[];
}

export function checkCitations(answer: string, sourceCount: number): CheckedCitations {
  const valid = new Set<number>();
  const removed: number[] = [];
  const text = answer
    .replace(citation, (_match, inner: string) => {
      const numbers = inner.split(/[,;]/).map((part) => Number(part.trim()));
      const kept = numbers.filter((number) => Number.isInteger(number) && number >= 1 && number <= sourceCount);
      removed.push(...numbers.filter((number) => !kept.includes(number)));
      for (const number of kept) valid.add(number);
      return kept.map((number) => `[${number}]`).join("");
    })
    .replace(/[ \t]+([.,;:])/g, "$1")
    .replace(/[ \t]{2,}/g, " ")
    .trim();
  return { text, valid: [...valid].sort((left, right) => left - right), removed };
}
