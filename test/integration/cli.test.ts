/**
 * The `unione` CLI end to end on the shipped knowledge folder, offline: a temporary data folder per file,
 * real ingest (pdf-parse, hnswlib on disk, SQLite), real readiness rules and templates.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCliCaptured } from "../support/run-cli.js";

let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), "unione-cli-"));
  const ingest = await runCliCaptured(["ingest", "--data", dataDir]);
  expect(ingest.code, ingest.stderr).toBe(0);
}, 120_000);

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe("unione CLI", () => {
  it("ingest prints a summary, and a second run re-reads nothing", async () => {
    const again = await runCliCaptured(["ingest", "--data", dataDir]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/Riepilogo: \d+ file \(0 nuovi, 0 modificati, \d+ invariati, 0 rimossi/);
  });

  it("ingest --rebuild reads every file again and says so; a bad flag is refused with the usage", async () => {
    const rebuilt = await runCliCaptured(["ingest", "--rebuild", "--data", dataDir]);
    expect(rebuilt.code, rebuilt.stderr).toBe(0);
    expect(rebuilt.stdout).toMatch(/^Ricostruzione completa dell'indice/);
    expect(rebuilt.stdout).toMatch(/Riepilogo: (\d+) file \(\1 nuovi, 0 modificati, 0 invariati, 0 rimossi/);
    const bad = await runCliCaptured(["ingest", "--ricostruisci", "--data", dataDir]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/Opzione sconosciuta: --ricostruisci[\s\S]*unione ingest \[--rebuild\]/);
  });

  it("ask --json prints exactly the contract object, with law citations", async () => {
    const run = await runCliCaptured([
      "ask",
      "la funzione deve essere conferita da tutti i comuni dell'unione?",
      "--json",
      "--data",
      dataDir,
    ]);
    expect(run.code, run.stderr).toBe(0);
    const parsed = JSON.parse(run.stdout) as {
      answer: string;
      mode: string;
      found: boolean;
      sources: Record<string, unknown>[];
    };
    expect(Object.keys(parsed).sort()).toEqual(["answer", "found", "mode", "sources"]);
    expect(parsed.found).toBe(!parsed.answer.startsWith("Non ho trovato"));
    expect(parsed.mode).toBe("extractive");
    expect(parsed.sources.length).toBeGreaterThan(0);
    for (const source of parsed.sources) {
      expect(Object.keys(source).sort()).toEqual([
        "article",
        "id",
        "kind",
        "page",
        "path",
        "score",
        "text",
        "title",
        "unione",
      ]);
    }
    expect(
      parsed.sources
        .slice(0, 5)
        .some((source) => source.kind === "law" && String(source.article).startsWith("art. 24")),
    ).toBe(true);
  });

  it("a question about the rule, naming no Unione, is answered from the law before any Unione's scheda", async () => {
    const ask = async (question: string) => {
      const run = await runCliCaptured(["ask", question, "--json", "--data", dataDir]);
      expect(run.code, run.stderr).toBe(0);
      return JSON.parse(run.stdout) as { sources: { kind: string; unione: string | null }[] };
    };
    // The scheda of Terre del Delta lists its SUAP and its sportelli too: without the question naming it, the
    // rule comes first.
    const rule = await ask("se diamo il suap all unione possiamo tenere aperti gli sportelli nei singoli comuni?");
    expect(rule.sources[0]).toMatchObject({ kind: "law", unione: null });
    // Named, the Unione's own texts may lead again.
    const named = await ask("Terre del Delta: quali servizi gestisce oggi l'Unione?");
    expect(named.sources.some((source) => source.unione === "terre-del-delta")).toBe(true);
  });

  it("ask --unione keeps another Unione's records out", async () => {
    const run = await runCliCaptured([
      "ask",
      "quali comuni fanno parte dell'unione terre del delta?",
      "--unione",
      "terre-d-acqua",
      "--json",
      "--data",
      dataDir,
    ]);
    expect(run.code, run.stderr).toBe(0);
    const parsed = JSON.parse(run.stdout) as { sources: { unione: string | null }[] };
    expect(parsed.sources.every((source) => source.unione === null || source.unione === "terre-d-acqua")).toBe(true);
  });

  it("an empty question is bad usage (exit 2) with a usage line", async () => {
    const run = await runCliCaptured(["ask", "   ", "--data", dataDir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Manca la domanda\.\nUso: unione ask/);
  });

  it("status --json of Terre del Delta (June 2024) is not ready and every gap cites its source", async () => {
    const run = await runCliCaptured(["status", "terre del delta", "--json", "--data", dataDir]);
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as {
      unione: { id: string };
      ready: boolean;
      counted: number;
      required: number;
      gaps: { source: string }[];
      as_of: string;
    };
    expect(report.unione.id).toBe("terre-del-delta");
    expect(report.ready).toBe(false);
    expect(report.counted).toBeLessThan(report.required);
    expect(report.gaps.length).toBeGreaterThan(0);
    for (const gap of report.gaps) expect(gap.source).toMatch(/\S/);
  });

  it("status with no id summarises every Unione; an unknown name gets suggestions", async () => {
    const all = await runCliCaptured(["status", "--json", "--data", dataDir]);
    const ids = (JSON.parse(all.stdout) as { unione: { id: string } }[]).map((report) => report.unione.id);
    expect(ids).toEqual(expect.arrayContaining(["terre-del-delta", "terre-d-acqua", "unione-esempio"]));
    const unknown = await runCliCaptured(["status", "terre del dleta x", "--data", dataDir]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr.split("\n")).toHaveLength(1);
  });

  it("draft writes a .docx with the members, the legal premises and no placeholder", async () => {
    const out = join(dataDir, "convenzione.docx");
    const run = await runCliCaptured([
      "draft",
      "convenzione",
      "--funzione",
      "protezione-civile",
      "--unione",
      "terre-del-delta",
      "--out",
      out,
      "--data",
      dataDir,
    ]);
    expect(run.code, run.stderr).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(out));
    const xml = (await zip.file("word/document.xml")!.async("string")).replace(/<[^>]+>/g, "");
    for (const expected of ["Codigoro", "Goro", "Mesola", "267/2000", "21/2012"]) expect(xml).toContain(expected);
    expect(xml).not.toMatch(/\{\{/);
  });

  it("draft --out into a folder that does not exist says so in Italian, exit 1, and writes nothing", async () => {
    const out = join(dataDir, "no-such-folder", "x.docx");
    const run = await runCliCaptured([
      "draft",
      "convenzione",
      "--funzione",
      "protezione-civile",
      "--unione",
      "terre-del-delta",
      "--out",
      out,
      "--data",
      dataDir,
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`Non posso salvare la bozza in «${out}»: la cartella`);
    expect(run.stderr).toContain("non esiste");
    expect(run.stderr).not.toMatch(/errore interno/);
    expect(existsSync(out)).toBe(false);
  });

  it("check validates the shipped knowledge", async () => {
    const run = await runCliCaptured(["check"]);
    expect(run.code, run.stderr).toBe(0);
  });

  it("check names a single wrong record field and counts it in correct Italian (1 errore)", async () => {
    const copy = join(dataDir, "knowledge-one-error");
    cpSync("knowledge", copy, { recursive: true });
    const record = join(copy, "unioni", "unione-esempio", "record.yaml");
    writeFileSync(record, readFileSync(record, "utf8").replace(/^type: costituita$/m, "type: fantasia"));
    const run = await runCliCaptured(["check", "--knowledge", copy]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/unione-esempio\/record\.yaml:\d+ type: deve essere costituita o esistente/);
    expect(run.stderr).toMatch(/Controllo fallito: 1 errore, 0 avvisi\./);
  });

  it("the console answers piped lines through the same router and exits at end of input", async () => {
    const run = await runCliCaptured(
      ["console", "--data", dataDir],
      ["/unione aiuto", "/unione stato unione-esempio", "chi deve approvare il recesso di un comune?"],
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Comandi di \/unione/);
    expect(run.stdout).toMatch(/esempio/i);
    expect(run.stdout).toMatch(/\[1\]/);
  });

  it("stats counts the questions asked through the command line and the console, per transport", async () => {
    const count = async () => {
      const run = await runCliCaptured(["stats", "--json", "--data", dataDir]);
      return JSON.parse(run.stdout) as { questions: number; byTransport: Record<string, number> };
    };
    const before = await count();
    await runCliCaptured(["ask", "chi approva lo statuto dell'unione?", "--data", dataDir]);
    await runCliCaptured(["console", "--data", dataDir], ["quanto dura un conferimento?", "/unione aiuto"]);
    const after = await count();
    expect(after.questions).toBe(before.questions + 2);
    expect(after.byTransport.cli).toBe((before.byTransport.cli ?? 0) + 1);
    expect(after.byTransport.console).toBe((before.byTransport.console ?? 0) + 1);
    const text = await runCliCaptured(["stats", "--data", dataDir]);
    expect(text.stdout).toMatch(/Domande ricevute: \d+ \(Slack 0, console \d+, riga di comando \d+\)/);
  });

  it("the launcher exits 2 with one Italian line and no stack trace on bad usage", () => {
    const result = spawnSync(process.execPath, [join("bin", "unione.js"), "ask", "--data", dataDir], {
      encoding: "utf8",
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/Manca la domanda/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(dataDir)).toBe(true);
  });
});
