/** The first, cheap look at a file during ingest: its size against the limit, then its content hash. */
import { createHash } from "node:crypto";
import type { KnowledgeFile } from "./knowledge-files.js";
import { checkFileSize, readFileBytes } from "./load-document.js";
import { UnreadableFileError } from "./loaded-document.js";

export type FileHash = { hash: string } | { reason: string };

export function hashKnowledgeFile(file: KnowledgeFile, maxFileBytes: number): FileHash {
  try {
    checkFileSize(file.size, maxFileBytes);
    return { hash: createHash("sha256").update(readFileBytes(file.absolutePath)).digest("hex") };
  } catch (error) {
    if (error instanceof UnreadableFileError) return { reason: error.reason };
    throw error;
  }
}
