/** The per-file line of `unione ingest`: the nouns and participles agree with their counts. */
import { describe, expect, it } from "vitest";
import type { FileEntry } from "../../../src/index-format/index-store.js";
import { progressLine } from "../../../src/ingestion/ingest-messages.js";

const entry: FileEntry = {
  path: "unioni/x/scansione.pdf",
  hash: "h",
  size: 1,
  title: "Scansione",
  kind: "document",
  unione: "x",
  pages: 1,
  chunks: 1,
  ocrPages: 1,
};

describe("ingest progress line", () => {
  it("says '1 pagina di cui 1 letta con OCR' for a one-page scan in one passage", () => {
    // Tried: a one-page scanned PDF whose single page was read by OCR.
    expect(progressLine("[1/1]", entry.path, { state: "added", entry })).toBe(
      "[1/1] unioni/x/scansione.pdf: nuovo (1 passaggio, 1 pagina di cui 1 letta con OCR)",
    );
  });

  it("keeps the plural for several pages", () => {
    const many = { ...entry, pages: 3, chunks: 4, ocrPages: 2 };
    expect(progressLine("[1/1]", entry.path, { state: "changed", entry: many })).toBe(
      "[1/1] unioni/x/scansione.pdf: modificato (4 passaggi, 3 pagine di cui 2 lette con OCR)",
    );
  });

  it("says 'riletto' for a file read again with the same content (an index of an earlier version rebuilt)", () => {
    expect(progressLine("[2/5]", entry.path, { state: "reread", entry })).toBe(
      "[2/5] unioni/x/scansione.pdf: riletto (1 passaggio, 1 pagina di cui 1 letta con OCR)",
    );
  });
});
