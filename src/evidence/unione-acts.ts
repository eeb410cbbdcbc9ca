/**
 * The acts filed in an Unione's folder (knowledge/unioni/<id>/), read as ingestion reads them (same loaders,
 * same size limit) and then cleaned, recognised and split into their parts by src/acts. Markdown notes (the
 * scheda) are the team's own writing, not acts. A file that cannot be read is listed with its Italian reason.
 * Reading is cached by path, size and modification time: a second request re-reads only changed files.
 */
import { statSync } from "node:fs";
import {
  type ActInfo,
  type ActStructure,
  cleanPages,
  documentText,
  recognizeAct,
  splitActStructure,
} from "../acts/index.js";
import { listKnowledgeFiles } from "../ingestion/knowledge-files.js";
import { checkFileSize, type DocumentLoader, loadDocument, readFileBytes } from "../ingestion/load-document.js";
import { UnreadableFileError } from "../ingestion/loaded-document.js";
import { decidingOrgan } from "./deciding-organ.js";

export interface ReadAct {
  /** Relative to the knowledge folder, with forward slashes. */
  path: string;
  info: ActInfo;
  /** The cleaned text, pages separated by a blank line. */
  text: string;
  pageStarts: number[];
  /** False for text files: their single unit has no page number. */
  paged: boolean;
  structure: ActStructure;
}

export interface ActsRead {
  acts: ReadAct[];
  skipped: Array<{ path: string; reason: string }>;
}

export type ActCache = Map<string, { key: string; act: ReadAct | { skipped: string } }>;

const actExtensions = /\.(?:pdf|docx|txt)$/i;

export async function readUnioneActs(
  knowledgeDir: string,
  unioneId: string,
  options: { maxFileBytes: number; loader?: DocumentLoader; cache?: ActCache },
): Promise<ActsRead> {
  const prefix = `unioni/${unioneId}/`;
  const files = listKnowledgeFiles(knowledgeDir).filter(
    (file) => file.path.startsWith(prefix) && actExtensions.test(file.path),
  );
  const result: ActsRead = { acts: [], skipped: [] };
  for (const file of files) {
    const key = `${file.size}:${statSync(file.absolutePath).mtimeMs}`;
    const cached = options.cache?.get(file.path);
    const read = cached?.key === key ? cached.act : await readAct(file, options);
    options.cache?.set(file.path, { key, act: read });
    if ("skipped" in read) result.skipped.push({ path: file.path, reason: read.skipped });
    else result.acts.push(read);
  }
  return result;
}

async function readAct(
  file: { path: string; absolutePath: string; size: number },
  options: { maxFileBytes: number; loader?: DocumentLoader },
): Promise<ReadAct | { skipped: string }> {
  try {
    checkFileSize(file.size, options.maxFileBytes);
    const document = await (options.loader ?? loadDocument)(readFileBytes(file.absolutePath), file.path);
    return actOf(
      file.path,
      document.units.map((unit) => unit.text),
      document.format === "pdf",
    );
  } catch (error) {
    if (error instanceof UnreadableFileError) return { skipped: error.reason };
    return { skipped: `errore di lettura (${error instanceof Error ? error.message : String(error)})` };
  }
}

/** One document's pages as an act: cleaned, recognised (the deciding organ read below the heading when needed), split. */
export function actOf(path: string, pages: string[], paged: boolean): ReadAct {
  const clean = cleanPages(pages);
  const info = recognizeAct(clean, path.split("/").at(-1) ?? path);
  const { text, pageStarts } = documentText(clean);
  const act: ReadAct = { path, info, text, pageStarts, paged, structure: splitActStructure(text) };
  return info.organ ? act : { ...act, info: { ...info, organ: decidingOrgan(act) } };
}
