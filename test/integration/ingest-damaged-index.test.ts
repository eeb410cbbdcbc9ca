import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { isUnioneError } from "../../src/core/errors.js";
import { type Fixture, makeKnowledgeFixture, pipelineFor } from "./ingest-fixtures.js";

let fixture: Fixture | null = null;
afterEach(() => fixture?.cleanup());

function liveGenerationDir(fixture: Fixture): string {
  const root = join(fixture.dataDir, "index");
  return join(root, readFileSync(join(root, "CURRENT"), "utf8").split("\n")[0]!.trim());
}

describe("ingest: a damaged index on disk", () => {
  it("explains in Italian that a truncated chunks file needs a rebuild, then ingest rebuilds it though no document changed", async () => {
    fixture = makeKnowledgeFixture();
    await (await pipelineFor(fixture)).index.ingest();
    writeFileSync(join(liveGenerationDir(fixture), "chunks.json"), '[{"id":');

    const fresh = await pipelineFor(fixture);
    const failure = await fresh.retriever.search("sede di Mesola", { kind: "all" }, 3).then(
      () => null,
      (error: unknown) => error,
    );
    expect(isUnioneError(failure) && failure.code).toBe("INDEX_MISSING");
    expect(isUnioneError(failure) && failure.userMessage).toMatch(/danneggiato.*unione ingest/s);

    const lines: string[] = [];
    const summary = await fresh.index.ingest({ onProgress: (line) => lines.push(line) });
    expect(lines.join("\n")).toMatch(/danneggiato.*ricostruisco da capo/);
    expect(summary.added).toBe(summary.files);
    const again = await (await pipelineFor(fixture)).retriever.search("sede di Mesola", { kind: "all" }, 3);
    expect(again.length).toBeGreaterThan(0);
  });
});

/** Changes bytes in the middle of a file without changing its size: what a bad disk sector or a stray write does. */
function corruptInPlace(file: string): void {
  const bytes = readFileSync(file);
  const middle = Math.floor(bytes.length / 2);
  for (let index = middle; index < Math.min(bytes.length, middle + 16); index++) bytes[index] = bytes[index]! ^ 0x5a;
  writeFileSync(file, bytes);
}

describe("ingest: a generation file damaged in place, same size", () => {
  it.each(["chunks.json", "keywords.json", "vectors.f32", "vectors.hnsw", "manifest.json"])(
    "%s: loading says the index is damaged (never an internal error), and the next ingest rebuilds it",
    async (name) => {
      fixture = makeKnowledgeFixture();
      await (await pipelineFor(fixture)).index.ingest();
      const file = join(liveGenerationDir(fixture), name);
      const size = readFileSync(file).length;
      corruptInPlace(file);
      expect(readFileSync(file).length).toBe(size);

      const fresh = await pipelineFor(fixture);
      const failure = await fresh.retriever.search("sede di Mesola", { kind: "all" }, 3).then(
        () => null,
        (error: unknown) => error,
      );
      expect(isUnioneError(failure) && failure.userMessage).toMatch(/danneggiato.*unione ingest/s);

      const lines: string[] = [];
      const summary = await fresh.index.ingest({ onProgress: (line) => lines.push(line) });
      expect(lines.join("\n")).toMatch(/danneggiato .*ricostruisco da capo/);
      expect(summary.unchanged).toBe(0);
      expect(summary.added).toBe(summary.files);
      const again = await (await pipelineFor(fixture)).retriever.search("sede di Mesola", { kind: "all" }, 3);
      expect(again[0]?.path).toBe("unioni/terre-del-delta/scheda.md");
    },
  );

  it("ingest --rebuild reads every file again though nothing changed", async () => {
    fixture = makeKnowledgeFixture();
    const pipeline = await pipelineFor(fixture);
    const first = await pipeline.index.ingest();
    expect((await pipeline.index.ingest()).unchanged).toBe(first.files);
    const lines: string[] = [];
    const rebuilt = await pipeline.index.ingest({ rebuild: true, onProgress: (line) => lines.push(line) });
    expect(lines[0]).toMatch(/^Ricostruzione completa dell'indice/);
    expect(rebuilt.added).toBe(first.files);
    expect(rebuilt.unchanged).toBe(0);
  });
});
