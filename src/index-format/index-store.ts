/**
 * The index on disk: one directory per generation under <data>/index, and a CURRENT file naming the live one.
 * A build writes a complete new generation first (files fsynced), then replaces CURRENT by rename, which is atomic
 * on POSIX file systems. A crash or kill -9 at any point leaves CURRENT naming the previous, complete generation;
 * leftovers of an interrupted build are removed by the next one. The manifest records the size and SHA-256 of every
 * other file of its generation, so a file damaged in place (same size, other bytes) is noticed before it is loaded.
 */
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import type { ActInfo, ActRef } from "../acts/index.js";
import type { Chunk, SourceKind } from "../core/types.js";
import type { SavedBm25 } from "./bm25-index.js";
import { fileChecksum, firstDamaged, pointerText, readPointer, recordIntegrity } from "./generation-integrity.js";

export const indexFormatVersion = 2;

export interface FileEntry {
  path: string;
  hash: string;
  size: number;
  title: string;
  kind: SourceKind;
  unione: string | null;
  /** PDF pages, null for other formats. */
  pages: number | null;
  chunks: number;
  /** Pages whose text was read by OCR (absent when none). */
  ocrPages?: number;
  /** The administrative act the file is, as its own text (or its name) says; kept so unchanged files keep it. */
  act?: ActInfo;
  /** The act an annex was published with, found among the files of its folder (ingestion's post-pass). */
  annexOf?: ActRef;
}

export interface IndexManifest {
  formatVersion: number;
  chunker: string;
  embedder: { id: string; dimensions: number };
  createdAt: string;
  chunkCount: number;
  files: Record<string, FileEntry>;
  /** Byte size of each generation file when written, so a truncated or replaced file is noticed cheaply. */
  sizes?: Record<string, number>;
  /** SHA-256 (hex) of each generation file when written: a same-size corruption is noticed too. */
  checksums?: Record<string, string>;
}

export interface GenerationData {
  manifest: IndexManifest;
  chunks: Chunk[];
  vectors: Float32Array[];
  keywords: SavedBm25;
  /** Writes the hnswlib index to the given file. */
  saveVectorIndex: (file: string) => void;
}

/** Steps of a build, for tests that simulate a crash between them. */
export type BuildStep = "generation-written" | "pointer-written";

export const generationFiles = {
  manifest: "manifest.json",
  chunks: "chunks.json",
  vectors: "vectors.f32",
  keywords: "keywords.json",
  hnsw: "vectors.hnsw",
} as const;

export interface IndexStore {
  readonly root: string;
  /** Name of the live generation, or null when there is none (or it is unreadable). */
  currentGeneration(): string | null;
  readManifest(generation: string): IndexManifest | null;
  /** False when a file of the generation is missing or no longer has the size or checksum it was written with. */
  intact(generation: string, manifest: IndexManifest): boolean;
  /** The first generation file that is missing or differs from what was written, or null when all are intact. */
  damagedFile(generation: string, manifest: IndexManifest): string | null;
  generationDir(generation: string): string;
  write(data: GenerationData, afterStep?: (step: BuildStep) => void): string;
}

export function createIndexStore(dataDir: string, clock: () => number = Date.now): IndexStore {
  const root = join(dataDir, "index");
  const pointer = join(root, "CURRENT");
  const store: IndexStore = {
    root,
    currentGeneration() {
      const name = readPointer(pointer)?.generation;
      return name && existsSync(join(root, name, generationFiles.manifest)) ? name : null;
    },
    readManifest(generation) {
      try {
        return JSON.parse(readFileSync(join(root, generation, generationFiles.manifest), "utf8")) as IndexManifest;
      } catch {
        return null;
      }
    },
    intact: (generation, manifest) => store.damagedFile(generation, manifest) === null,
    damagedFile(generation, manifest) {
      const pointed = readPointer(pointer);
      const manifestChecksum = pointed?.generation === generation ? pointed.manifestChecksum : null;
      return firstDamaged(join(root, generation), manifest, {
        name: generationFiles.manifest,
        checksum: manifestChecksum,
      });
    },
    generationDir: (generation) => join(root, generation),
    write(data, afterStep) {
      mkdirSync(root, { recursive: true });
      const live = store.currentGeneration();
      removeLeftovers(root, live);
      const name = `gen-${clock()}-${process.pid}`;
      const directory = join(root, name);
      mkdirSync(directory);
      writeGeneration(directory, data);
      afterStep?.("generation-written");
      // The pointer carries the manifest's checksum: the manifest cannot name its own.
      writeDurably(`${pointer}.tmp`, pointerText(name, fileChecksum(join(directory, generationFiles.manifest))));
      renameSync(`${pointer}.tmp`, pointer);
      fsyncDirectory(root);
      afterStep?.("pointer-written");
      removeLeftovers(root, name);
      return name;
    },
  };
  return store;
}

function writeGeneration(directory: string, data: GenerationData): void {
  const dimensions = data.manifest.embedder.dimensions;
  const packed = new Float32Array(data.vectors.length * dimensions);
  for (const [index, vector] of data.vectors.entries()) packed.set(vector, index * dimensions);
  writeDurably(join(directory, generationFiles.chunks), JSON.stringify(data.chunks));
  writeDurably(
    join(directory, generationFiles.vectors),
    Buffer.from(packed.buffer, packed.byteOffset, packed.byteLength),
  );
  writeDurably(join(directory, generationFiles.keywords), JSON.stringify(data.keywords));
  const hnswFile = join(directory, generationFiles.hnsw);
  data.saveVectorIndex(hnswFile);
  fsyncFile(hnswFile);
  const dataFiles = [generationFiles.chunks, generationFiles.vectors, generationFiles.keywords, generationFiles.hnsw];
  // The manifest goes last: a generation directory without one is never loaded.
  const integrity = recordIntegrity(directory, dataFiles);
  writeDurably(join(directory, generationFiles.manifest), JSON.stringify({ ...data.manifest, ...integrity }, null, 1));
  fsyncDirectory(directory);
}

export function readGenerationChunks(directory: string): Chunk[] {
  return JSON.parse(readFileSync(join(directory, generationFiles.chunks), "utf8")) as Chunk[];
}

export function readGenerationVectors(directory: string, dimensions: number): Float32Array[] {
  const bytes = readFileSync(join(directory, generationFiles.vectors));
  const all = new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  const vectors: Float32Array[] = [];
  for (let start = 0; dimensions > 0 && start < all.length; start += dimensions)
    vectors.push(all.slice(start, start + dimensions));
  return vectors;
}

export function readGenerationKeywords(directory: string): GenerationData["keywords"] {
  return JSON.parse(readFileSync(join(directory, generationFiles.keywords), "utf8")) as GenerationData["keywords"];
}

function removeLeftovers(root: string, keep: string | null): void {
  for (const entry of readdirSync(root)) {
    if (entry === keep || entry === "CURRENT" || !entry.startsWith("gen-")) continue;
    rmSync(join(root, entry), { recursive: true, force: true });
  }
}

function writeDurably(file: string, content: string | Buffer): void {
  writeFileSync(file, content);
  fsyncFile(file);
}

function fsyncFile(file: string): void {
  const descriptor = openSync(file, "r");
  try {
    fsyncSync(descriptor);
  } finally {
    closeSync(descriptor);
  }
}

function fsyncDirectory(directory: string): void {
  try {
    fsyncFile(directory);
  } catch {
    // Some platforms cannot fsync a directory; the rename is still atomic there.
  }
}
