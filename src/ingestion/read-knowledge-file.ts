/** Reads, checks and chunks one knowledge file; failures become an Italian reason instead of an exception. */
import { createHash } from "node:crypto";
import { basename, extname } from "node:path";
import { actLabel } from "../acts/index.js";
import type { Chunk } from "../core/types.js";
import type { FileEntry } from "../index-format/index-store.js";
import { classifySource } from "../knowledge/source-kind.js";
import { chunkDocument } from "./chunker.js";
import type { KnowledgeFile } from "./knowledge-files.js";
import { checkFileSize, type DocumentLoader, readFileBytes } from "./load-document.js";
import { UnreadableFileError } from "./loaded-document.js";
import { prepareDocument } from "./prepare-document.js";
import type { SkippedEntry } from "./skipped-files.js";

export type FileOutcome =
  | { status: "unchanged"; hash: string }
  | { status: "read"; entry: FileEntry; chunks: Chunk[] }
  /** `hash` is set when the bytes were read, so an unchanged bad file can be recognised next time. */
  | { status: "skipped"; reason: string; hash: string | null; remembered?: boolean };

export async function readKnowledgeFile(
  file: KnowledgeFile,
  options: {
    maxFileBytes: number;
    previousHash: string | null;
    previousSkip?: SkippedEntry | null;
    loader: DocumentLoader;
  },
): Promise<FileOutcome> {
  let hash: string | null = null;
  try {
    checkFileSize(file.size, options.maxFileBytes);
    const bytes = readFileBytes(file.absolutePath);
    hash = createHash("sha256").update(bytes).digest("hex");
    if (hash === options.previousHash) return { status: "unchanged", hash };
    if (hash === options.previousSkip?.hash)
      return { status: "skipped", reason: options.previousSkip.reason, hash, remembered: true };
    const loaded = await options.loader(bytes, file.path);
    const { kind, unione } = classifySource(file.path);
    const { document, act } = prepareDocument(loaded, file.path, kind);
    const title = act ? actLabel(act) : (document.title ?? titleFromFileName(file.path));
    const chunks = chunkDocument(document, { path: file.path, title, kind, unione });
    if (chunks.length === 0) throw new UnreadableFileError("nessun testo utile");
    const pages = document.format === "pdf" ? loaded.units.length : null;
    const entry: FileEntry = {
      path: file.path,
      hash,
      size: file.size,
      title,
      kind,
      unione,
      pages,
      chunks: chunks.length,
    };
    return { status: "read", chunks, entry: act ? { ...entry, act } : entry };
  } catch (error) {
    if (error instanceof UnreadableFileError) return { status: "skipped", reason: error.reason, hash };
    return {
      status: "skipped",
      reason: `errore di lettura (${error instanceof Error ? error.message : String(error)})`,
      hash,
    };
  }
}

/** "Delibera_46__REGOLAMENTO_CONSIGLIO.pdf" -> "Delibera 46 REGOLAMENTO CONSIGLIO". */
export function titleFromFileName(path: string): string {
  return (
    basename(path, extname(path))
      .replace(/[_\s]+/g, " ")
      .trim() || basename(path)
  );
}
