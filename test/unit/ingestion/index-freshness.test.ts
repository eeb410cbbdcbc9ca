/**
 * An index is current only when it was built by this version's chunker and analyzer and in this format. Tried: no
 * generation, a manifest of an older chunker, of another format, an unreadable manifest, and a current one.
 */
import { describe, expect, it } from "vitest";
import { indexFormatVersion } from "../../../src/index-format/index-store.js";
import { chunkerVersion } from "../../../src/ingestion/chunker-version.js";
import { indexState } from "../../../src/ingestion/index-freshness.js";

const store = (generation: string | null, manifest: object | null) => ({
  currentGeneration: () => generation,
  readManifest: () => manifest as never,
});

describe("indexState", () => {
  it("tells a missing, a stale and a current index apart", () => {
    expect(indexState(store(null, null))).toBe("missing");
    expect(indexState(store("g1", { chunker: "chunker-v3+analyzer-v2", formatVersion: indexFormatVersion }))).toBe(
      "stale",
    );
    expect(indexState(store("g1", { chunker: chunkerVersion, formatVersion: indexFormatVersion - 1 }))).toBe("stale");
    expect(indexState(store("g1", null))).toBe("stale");
    expect(indexState(store("g1", { chunker: chunkerVersion, formatVersion: indexFormatVersion }))).toBe("current");
  });
});
