/**
 * Bad input: symbolic links and loose files under knowledge/, the probes of an outside attack. A link in Terre del
 * Delta's folder to a Terre d'Acqua record, a link under law/ to /etc/passwd, a loop (`ln -s .. law/loop`), and a
 * file lying directly in unioni/. None may change what a channel sees: ingest does not follow the links (each is
 * named, with why), indexes every real file once under its real path, and `unione check` reports the same.
 */
import { symlinkSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runKnowledgeChecks } from "../../src/knowledge-check/run-checks.js";
import { type Fixture, makeKnowledgeFixture, pipelineFor } from "./ingest-fixtures.js";

let fixture: Fixture | null = null;
afterEach(() => fixture?.cleanup());

const delta = { kind: "unione", unione: "terre-del-delta" } as const;

function withProbes(): Fixture {
  const made = makeKnowledgeFixture();
  made.write("unioni/nota-sparsa.md", "# Nota sparsa\nLe credenziali del protocollo sono custodite dal segretario.");
  made.write("law/regolamento-reale.md", "# Regolamento\nIl regolamento di contabilità è approvato dal Consiglio.");
  const link = (target: string, at: string) => symlinkSync(target, join(made.knowledgeDir, at));
  link("../terre-d-acqua/scheda.md", "unioni/terre-del-delta/acqua-collegata.md");
  link("/etc/passwd", "law/passwd.txt");
  link("..", "law/loop");
  link("regolamento-reale.md", "law/stesso-regolamento.md");
  return made;
}

describe("symbolic links and loose files under knowledge/", () => {
  it("ingest follows no link out of the folder, across Unioni or in a loop, and names each", async () => {
    fixture = withProbes();
    const pipeline = await pipelineFor(fixture);
    const summary = await pipeline.index.ingest();

    expect(summary.skipped).toEqual([
      { path: "law/loop", reason: expect.stringMatching(/ciclo di collegamenti simbolici/) },
      { path: "law/passwd.txt", reason: expect.stringMatching(/fuori dalla cartella della conoscenza/) },
      { path: "unioni/nota-sparsa.md", reason: expect.stringMatching(/direttamente nella cartella unioni\//) },
      { path: "unioni/terre-del-delta/acqua-collegata.md", reason: expect.stringMatching(/un altro ambito/) },
    ]);
    const sources = await pipeline.index.sources({ kind: "all" });
    expect(sources.map((source) => source.path).sort()).toEqual([
      "law/lr-21-2012.md",
      "law/regolamento-reale.md",
      "unioni/terre-d-acqua/scheda.md",
      "unioni/terre-del-delta/scheda.md",
    ]);
  });

  it("keeps scope where files really are: Delta's channel never sees Terre d'Acqua, nobody sees /etc/passwd or the loose note", async () => {
    fixture = withProbes();
    const pipeline = await pipelineFor(fixture);
    await pipeline.index.ingest();
    const fromDelta = await pipeline.retriever.search("centrale unica di committenza Crevalcore Persiceto", delta, 10);
    expect(fromDelta.some((hit) => hit.unione === "terre-d-acqua" || hit.path.includes("acqua"))).toBe(false);
    for (const scope of [{ kind: "public" } as const, delta, { kind: "all" } as const]) {
      const hits = await pipeline.retriever.search("root bin bash nologin daemon", scope, 10);
      expect(hits.some((hit) => hit.text.includes("/bin/"))).toBe(false);
      const loose = await pipeline.retriever.search("credenziali del protocollo custodite dal segretario", scope, 10);
      expect(loose.some((hit) => hit.path === "unioni/nota-sparsa.md")).toBe(false);
    }
  });

  it("unione check reports the same links and the loose file, and a redundant link as a warning", () => {
    fixture = withProbes();
    const problems = runKnowledgeChecks(fixture.knowledgeDir, [], { today: new Date("2025-12-01T12:00:00Z") });
    const named = problems
      .filter((problem) => /collegament[oi] simbolic|direttamente nella cartella/.test(problem.message))
      .map((problem) => [problem.file.replace(/^.*knowledge\//, ""), problem.severity]);
    expect(named).toEqual([
      ["law/loop", "error"],
      ["law/passwd.txt", "error"],
      ["law/stesso-regolamento.md", "warning"],
      ["unioni/nota-sparsa.md", "error"],
      ["unioni/terre-del-delta/acqua-collegata.md", "error"],
    ]);
  });
});
