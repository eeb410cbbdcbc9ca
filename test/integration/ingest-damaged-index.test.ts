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
