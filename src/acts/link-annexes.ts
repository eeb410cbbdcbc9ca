/**
 * Links annexes to their act across the files of one folder. Notice-board exports name every file of a
 * publication with the same leading identifiers ("Delibera_2__5332_DeliberadiConsiglio_Copia_2_2026_1.pdf",
 * "Delibera_2__5332_allegato_piano_alienazioni_2026_2.pdf"; "DGC_42_2026.pdf", "DGC_42_2026_allegato_A.pdf"):
 * an annex whose text did not name its act's number gets the numbered act of its publication. What the annex
 * says (organ, year) must agree; with several acts in one publication the first file (lowest trailing index)
 * is the one published, the others its attachments.
 */
import { type ActInfo, type ActRef, numberedActTypes } from "./act-types.js";

export interface FiledAct {
  fileName: string;
  act: ActInfo;
}

/** The acts, in the same order, each annex with `parent` filled when its publication names one act. */
export function linkAnnexes(documents: readonly FiledAct[]): ActInfo[] {
  const groups = new Map<string, FiledAct[]>();
  for (const document of documents) {
    const key = publicationKey(document.fileName);
    if (key) groups.set(key, [...(groups.get(key) ?? []), document]);
  }
  return documents.map((document) => {
    const { act } = document;
    if (!isAnnex(act) || act.parent?.number) return act;
    const key = publicationKey(document.fileName);
    const candidates = (key ? groups.get(key)! : []).filter((other) => other !== document && isMainAct(other.act));
    const parent = chooseParent(candidates, act.parent);
    return parent ? { ...act, parent } : act;
  });
}

/** The leading identifiers of a file name: category word, numbers and empty fields up to the first description. */
export function publicationKey(fileName: string): string | null {
  const name = (fileName.split(/[\\/]/).pop() ?? fileName).replace(/\.[a-z0-9]{2,4}$/i, "");
  const tokens = name.split(/[_\s]/);
  const lead: string[] = [];
  for (const [index, token] of tokens.entries()) {
    if (!(token === "" || /^\d+$/.test(token) || (index === 0 && /^\p{L}+$/u.test(token)))) break;
    lead.push(token);
  }
  const key = lead.join("_");
  return /\d{2,}/.test(key) ? key.toLowerCase() : null;
}

function isAnnex(act: ActInfo): boolean {
  return !act.type || !numberedActTypes.has(act.type);
}

function isMainAct(act: ActInfo): boolean {
  return Boolean(act.type && numberedActTypes.has(act.type) && act.number);
}

function chooseParent(candidates: readonly FiledAct[], stated: ActRef | null): ActRef | null {
  const agreeing = candidates.filter(
    ({ act }) =>
      (!stated?.organ || act.organ === stated.organ) &&
      (!stated?.year || act.year === stated.year) &&
      (!stated?.type || act.type === stated.type),
  );
  if (agreeing.length === 0) return null;
  const [first, second] = [...agreeing].sort((a, b) => trailingIndex(a.fileName) - trailingIndex(b.fileName));
  if (second && trailingIndex(second.fileName) === trailingIndex(first!.fileName)) return null;
  const { type, organ, number, date, year } = first!.act;
  return { type, organ, number, date, year };
}

function trailingIndex(fileName: string): number {
  const match = /[_-](\d{1,2})\.[a-z0-9]{2,4}$/i.exec(fileName);
  return match ? Number(match[1]) : Number.MAX_SAFE_INTEGER;
}
