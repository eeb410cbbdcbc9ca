/** Broken fixtures are copies of the shipped knowledge folder, mutated in a temp dir: the original is never touched. */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export const shippedKnowledge = path.resolve("knowledge");

/** A fresh copy of knowledge/ (templates excluded: not ours, not needed by the checks). */
export function copyKnowledge(): string {
  const target = path.join(mkdtempSync(path.join(tmpdir(), "knowledge-")), "knowledge");
  cpSync(shippedKnowledge, target, { recursive: true, filter: (source) => !source.includes(`${path.sep}templates`) });
  return target;
}

/** Replaces exactly one occurrence of `search` in a file of the copy; fails loudly when the text is not there. */
export function replaceOnce(
  knowledgeDir: string,
  relativePath: string,
  search: string | RegExp,
  replacement: string,
): void {
  const filePath = path.join(knowledgeDir, relativePath);
  const text = readFileSync(filePath, "utf8");
  const changed = text.replace(search, replacement);
  if (changed === text) throw new Error(`fixture: "${String(search)}" non trovato in ${relativePath}`);
  writeFileSync(filePath, changed);
}

/** 1-based line of the first line containing `needle`. */
export function lineContaining(knowledgeDir: string, relativePath: string, needle: string): number {
  const lines = readFileSync(path.join(knowledgeDir, relativePath), "utf8").split("\n");
  const index = lines.findIndex((line) => line.includes(needle));
  if (index < 0) throw new Error(`fixture: "${needle}" non trovato in ${relativePath}`);
  return index + 1;
}
