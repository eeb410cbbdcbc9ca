/**
 * The `unione` CLI as real child processes (`node bin/unione.js …`, clean environment), as outside checks run it:
 * exit codes and stdout/stderr contracts, the console from a pipe, ingest of bad files and kill -9 in the middle
 * of a rebuild, the LLM path and its fallback against a fake OpenAI-compatible server, `check` and `status` on
 * mutated knowledge copies. Tests run concurrently, each on its own data folder (a copy of the index built once).
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fileChecksum, pointerText } from "../../src/index-format/generation-integrity.js";
import { acquireIngestLock } from "../../src/ingestion/ingest-lock.js";
import { type FakeOpenAi, startFakeOpenAi } from "../support/fake-openai-server.js";
import { makeEncryptedPdf, makePdf, makeTruncatedPdf } from "../support/make-pdf.js";
import { type ProcessRun, repoRoot, runUnione, startUnione } from "../support/spawn-unione.js";

const knowledge = join(repoRoot, "knowledge");
let work: string;
let openAi: FakeOpenAi;

const dataDir = (name: string) => mkdtempSync(join(work, `${name}-`));

/** A copy of the shipped knowledge with `record.yaml` of `unione` rewritten by `edits` (each must apply). */
function mutatedKnowledge(
  name: string,
  unione: string,
  edits: Array<[anchor: string, from: string, to: string]>,
): string {
  const copy = join(work, name);
  cpSync(knowledge, copy, { recursive: true });
  const path = join(copy, "unioni", unione, "record.yaml");
  let text = readFileSync(path, "utf8");
  for (const [anchor, from, to] of edits) {
    const start = text.indexOf(anchor);
    const at = text.indexOf(from, start);
    if (start < 0 || at < 0) throw new Error(`mutation not applicable: ${anchor} / ${from}`);
    text = text.slice(0, at) + to + text.slice(at + from.length);
  }
  writeFileSync(path, text);
  return copy;
}

const allFour = "[borgofittizio, poggio-d-esempio, castel-immaginario, villa-modello]";

let firstAsk: ProcessRun;
let indexedData: string;

/** A fresh data folder holding a copy of the index built on the first run (no rebuild, own SQLite file). */
function indexedCopy(name: string): string {
  const data = dataDir(name);
  cpSync(join(indexedData, "index"), join(data, "index"), { recursive: true });
  return data;
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "unione-process-"));
  openAi = await startFakeOpenAi();
  // The first `ask` on an empty data folder builds the index; the other tests reuse a copy of it.
  indexedData = dataDir("first-run");
  firstAsk = await runUnione(
    ["ask", "la funzione deve essere conferita da tutti i comuni?", "--json", "--data", indexedData],
    { timeoutMs: 40_000 },
  );
}, 45_000);

afterAll(async () => {
  await openAi?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe.concurrent("unione CLI as child processes", () => {
  it("ask --json on a first run without an index prints exactly one JSON object on stdout; progress goes to stderr", () => {
    expect(firstAsk.code, firstAsk.stderr).toBe(0);
    expect(firstAsk.stderr).toMatch(/Indice assente[\s\S]*Indice pronto/);
    const parsed = JSON.parse(firstAsk.stdout) as {
      answer: string;
      mode: string;
      sources: Array<Record<string, unknown>>;
    };
    // The contract's keys, in its order: found is false exactly when the answer is "Non ho trovato…".
    expect(Object.keys(parsed)).toEqual(["answer", "mode", "found", "sources"]);
    expect(parsed.mode).toBe("extractive");
    expect(parsed.sources.some((source) => String(source.article).startsWith("art. 24"))).toBe(true);
  });

  it("rebuilds an index built by an earlier version before answering, and says so (tried: a manifest of chunker v3)", async () => {
    const data = indexedCopy("stale");
    // An intact generation of an earlier version: its manifest names the old chunker, and the pointer its checksum.
    const generation = readFileSync(join(data, "index", "CURRENT"), "utf8")
      .trim()
      .split(/\s+/)[0]!;
    const manifestPath = join(data, "index", generation, "manifest.json");
    const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as { chunker: string };
    writeFileSync(manifestPath, JSON.stringify({ ...manifest, chunker: "chunker-v3+analyzer-v2" }));
    writeFileSync(join(data, "index", "CURRENT"), pointerText(generation, fileChecksum(manifestPath)));
    const ask = await runUnione(
      ["ask", "la funzione deve essere conferita da tutti i comuni?", "--json", "--data", data],
      { timeoutMs: 40_000 },
    );
    expect(ask.code, ask.stderr).toBe(0);
    expect(ask.stderr).toMatch(/costruito da una versione precedente[\s\S]*Indice pronto/);
    // Files whose content did not change are "riletto", not "modificato".
    expect(ask.stderr).toMatch(/: riletto \(/);
    expect(ask.stderr).not.toMatch(/: modificato \(/);
    expect(JSON.parse(ask.stdout).sources.length).toBeGreaterThan(0);
    // The next question finds the rebuilt index current: no rebuild, no message.
    const again = await runUnione(["ask", "quanto dura il conferimento?", "--json", "--data", data]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).not.toMatch(/versione precedente|Indice assente/);
  }, 60_000);

  it("bad usage exits 2 with a usage line: an empty question, an unknown flag; an unknown Unione exits 1 in one line", async () => {
    const data = dataDir("usage");
    const [empty, unknownFlag, unknownUnione] = await Promise.all([
      runUnione(["ask", "", "--data", data]),
      runUnione(["--data", data, "status", "--bogus"]),
      runUnione(["status", "nonesiste", "--data", data]),
    ]);
    expect([empty.code, unknownFlag.code, unknownUnione.code]).toEqual([2, 2, 1]);
    expect(empty.stderr).toMatch(/^Uso: unione ask/m);
    expect(unknownFlag.stderr).toMatch(/--bogus[\s\S]*Uso: unione status/);
    expect(unknownUnione.stderr.trim().split("\n")).toHaveLength(1);
    expect(unknownUnione.stderr).toMatch(/Forse intendevi: .*terre-del-delta/);
    expect(unknownUnione.stderr).not.toMatch(/\bat .*\.ts:\d+/);
    expect(`${empty.stdout}${unknownFlag.stdout}${unknownUnione.stdout}`).toBe("");
  });

  it("status terre-del-delta --json has the issue-5 keys: not ready, counted below required, every gap with a source", async () => {
    const run = await runUnione([
      "--knowledge",
      knowledge,
      "status",
      "terre-del-delta",
      "--data",
      dataDir("status"),
      "--json",
    ]);
    expect(run.code, run.stderr).toBe(0);
    const status = JSON.parse(run.stdout);
    expect(Object.keys(status).slice(0, 9)).toEqual([
      "unione",
      "ready",
      "functions",
      "counted",
      "required",
      "deliverables",
      "gaps",
      "deadline",
      "as_of",
    ]);
    expect(status.unione).toEqual({ id: "terre-del-delta", name: expect.any(String) });
    expect(status.ready).toBe(false);
    expect(status.counted).toBeLessThan(status.required);
    for (const gap of status.gaps) expect(gap.source).toMatch(/\S/);
    expect(Object.keys(status.functions[0]).sort()).toEqual(["counts", "id", "name", "reasons"]);
  });

  it("draft writes a .docx with the three Comuni and TUEL art. 30, and --json has at least ten sections (flags anywhere)", async () => {
    const out = join(dataDir("draft"), "x.docx");
    const run = await runUnione([
      "draft",
      "--data",
      dataDir("draft"),
      "convenzione",
      "--funzione",
      "protezione-civile",
      "--knowledge",
      knowledge,
      "--unione",
      "terre-del-delta",
      "--out",
      out,
      "--json",
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).sections.length).toBeGreaterThanOrEqual(10);
    const xml = await (await JSZip.loadAsync(readFileSync(out))).file("word/document.xml")!.async("string");
    for (const name of ["Codigoro", "Goro", "Mesola", "art. 30", "21/2012"]) expect(xml).toContain(name);
  });

  it("serve with no Slack settings explains what to set in Italian and answers piped console lines, exiting 0 at end of input", async () => {
    const run = await runUnione(["serve", "--data", indexedCopy("console")], {
      stdin: "/unione aiuto\nche cosa dice l art 24?\n",
      timeoutMs: 40_000,
    });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/Slack non è configurato[\s\S]*SLACK_BOT_TOKEN/);
    expect(run.stdout).toMatch(/Comandi di \/unione/);
    expect(run.stdout).toMatch(/\[1\][\s\S]*Fonti:\n\[1\] L\.R\. 21\/2012, art\. 24/);
  });

  it("LLM mode: a cited model answer gives mode llm; a 500 and a hang past LLM_TIMEOUT_MS fall back to extractive with an Italian notice", async () => {
    const question = [
      "ask",
      "la funzione deve essere conferita da tutti i comuni?",
      "--json",
      "--data",
      indexedCopy("llm"),
    ];
    // The model name tells the fake server how to behave, so the three processes can run at once.
    openAi.setChat((body) => {
      if (body.model === "fails") return { status: 500 };
      if (body.model === "hangs") return { hang: true };
      return { content: "Sì: la funzione va conferita da tutti i Comuni aderenti [1]." };
    });
    const env = (model: string) => ({ OPENAI_BASE_URL: openAi.url, LLM_MODEL: model, LLM_TIMEOUT_MS: "1500" });
    // Guards only (a run is killed if it never ends): on a loaded machine three start-ups at once take seconds.
    const [good, failed, hung] = await Promise.all([
      runUnione(question, { env: env("answers"), timeoutMs: 50_000 }),
      runUnione(question, { env: env("fails"), timeoutMs: 50_000 }),
      runUnione(question, { env: env("hangs"), timeoutMs: 50_000 }),
    ]);
    const llm = JSON.parse(good.stdout);
    expect(llm.mode, good.stderr).toBe("llm");
    expect(llm.answer).toContain("[1]");
    expect(llm.sources.length).toBeGreaterThan(0);
    for (const run of [failed, hung]) {
      expect(run.code, run.stderr).toBe(0);
      expect(JSON.parse(run.stdout).mode).toBe("extractive");
      expect(run.stderr).toMatch(/^Nota: il modello linguistico non ha risposto/m);
    }
    // The hanging request ended because the client gave up after LLM_TIMEOUT_MS, not because the server answered.
    await openAi.abandoned("hangs");
  }, 60_000);
});

describe.concurrent("ingest as child processes", () => {
  it("skips corrupt, empty, truncated, binary, encrypted and oversized files one Italian line each, exit 0; unchanged re-ingest reads nothing", async () => {
    const copy = join(work, "bad-knowledge");
    cpSync(knowledge, copy, { recursive: true });
    const docs = join(copy, "documenti");
    mkdirSync(docs);
    writeFileSync(join(docs, "corrotto.pdf"), "%PDF-1.4\nnon è un PDF\n%%EOF");
    writeFileSync(join(docs, "vuoto.pdf"), "");
    writeFileSync(join(docs, "troncato.pdf"), await makeTruncatedPdf(["Art. 1 — testo troncato", "seconda pagina"]));
    writeFileSync(join(docs, "binario.txt"), Buffer.from([0, 1, 2, 3, 255, 254, 0, 7]));
    writeFileSync(join(docs, "cifrato.pdf"), await makeEncryptedPdf(["Testo riservato"]));
    writeFileSync(join(docs, "enorme.pdf"), "");
    truncateSync(join(docs, "enorme.pdf"), 51 * 1024 * 1024); // sparse: no 51 MB actually written
    writeFileSync(
      join(docs, "buono.pdf"),
      await makePdf([
        "Art. 1 — Oggetto\nIl regolamento disciplina la gestione associata della polizia locale.",
        "Art. 2 — Durata\nLa convenzione dura dieci anni.",
      ]),
    );
    const data = dataDir("bad");

    const first = await runUnione(["ingest", "--knowledge", copy, "--data", data], { timeoutMs: 40_000 });
    expect(first.code, first.stderr).toBe(0);
    for (const name of ["corrotto.pdf", "vuoto.pdf", "troncato.pdf", "binario.txt", "cifrato.pdf", "enorme.pdf"]) {
      expect(first.stdout.split("\n").filter((line) => line.includes(`documenti/${name} saltato:`))).toHaveLength(1);
    }
    expect(first.stdout).toMatch(/documenti\/buono\.pdf: nuovo/);
    expect(first.stdout).toMatch(/Riepilogo: \d+ file .*6 saltati/);

    const again = await runUnione(["ingest", "--knowledge", copy, "--data", data]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/\(0 nuovi, 0 modificati, \d+ invariati, 0 rimossi/);
  }, 60_000);

  it("a second ingest beside a running one answers 'indicizzazione già in corso' in Italian, exit 1", async () => {
    const data = indexedCopy("busy");
    // This test process holds the lock, as a running ingest (CLI or Slack) would.
    const lock = await acquireIngestLock(join(data, "index"));
    try {
      const run = await runUnione(["ingest", "--data", data]);
      expect(run.code).toBe(1);
      expect(run.stderr.trim()).toMatch(/^Indicizzazione già in corso \(avviata il [^)]+\): attendi che finisca/);
      expect(run.stderr).not.toMatch(/errore interno|Error|at /);
    } finally {
      lock.release();
    }
  });

  it("kill -9 in the middle of a 300-page rebuild: ask still answers from the previous index, the next ingest completes", async () => {
    const copy = join(work, "big-knowledge");
    cpSync(knowledge, copy, { recursive: true });
    const data = indexedCopy("big");
    mkdirSync(join(copy, "delibere"));
    for (let file = 0; file < 30; file++) {
      const pages = Array.from(
        { length: 10 },
        (_, page) =>
          `Art. ${page + 1} — Disposizione ${file}.${page}\n${"Il Comune approva la gestione associata dei servizi di polizia locale e protezione civile. ".repeat(6)}`,
      );
      writeFileSync(join(copy, "delibere", `delibera-${file}.pdf`), await makePdf(pages));
    }
    const rebuild = startUnione(["ingest", "--knowledge", copy, "--data", data]);
    await rebuild.waitForOutput(/\[2\/\d+\]/, 30_000);
    rebuild.child.kill("SIGKILL");
    expect((await rebuild.exited).signal).toBe("SIGKILL");
    expect(rebuild.stdout()).not.toMatch(/Riepilogo/);

    const ask = await runUnione([
      "ask",
      "la funzione deve essere conferita da tutti i comuni?",
      "--json",
      "--knowledge",
      copy,
      "--data",
      data,
    ]);
    expect(ask.code, ask.stderr).toBe(0);
    expect(JSON.parse(ask.stdout).sources.length).toBeGreaterThan(0);
    expect(ask.stderr).not.toMatch(/Indice assente/);

    const next = await runUnione(["ingest", "--knowledge", copy, "--data", data], { timeoutMs: 60_000 });
    expect(next.code, next.stderr).toBe(0);
    expect(next.stdout).toMatch(/Riepilogo: \d+ file \(30 nuovi, .*3\d\d pagine/);
  }, 90_000);
});

describe.concurrent("check and status on mutated knowledge copies", () => {
  it("check exits 1 naming each problem with file and line: not conferred, 4 years, a typo in a code, a Comune in two Unioni", async () => {
    const copy = mutatedKnowledge("check-knowledge", "unione-esempio", [
      ["code: polizia-locale", allFour, "[borgofittizio, poggio-d-esempio, castel-immaginario]"],
      ["code: protezione-civile", "duration_years: 10", "duration_years: 4"],
      ["code: servizi-sociali", "code: servizi-sociali", "code: servizi-socali"],
    ]);
    const delta = join(copy, "unioni", "terre-del-delta", "record.yaml");
    writeFileSync(
      delta,
      readFileSync(delta, "utf8").replace(
        "comuni:\n",
        "comuni:\n  - id: borgofittizio\n    name: Borgofittizio\n    population: null\n",
      ),
    );
    const run = await runUnione(["check", "--knowledge", copy]);
    expect(run.code).toBe(1);
    const output = `${run.stdout}\n${run.stderr}`;
    expect(output).toMatch(/unione-esempio\/record\.yaml:\d+ .*villa|Villa Modello/);
    expect(output).toMatch(/unione-esempio\/record\.yaml:\d+ .*4 anni.*art\. 19/);
    expect(output).toMatch(/unione-esempio\/record\.yaml:\d+ .*servizi-socali.*servizi-sociali/);
    expect(output).toMatch(/record\.yaml:\d+ .*Borgofittizio.*una sola Unione/);
    expect(run.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it("status --json on mutations changes the verdict and cites art. 19, art. 24 c.2, c.5 (staff, Giunta) and the c.4-quater exception", async () => {
    const copy = mutatedKnowledge("status-knowledge", "unione-esempio", [
      ["id: castel-immaginario", "status: ordinario", "status: commissariato"],
      ["giunta:", "composition: sindaci", "composition: altro"],
      ["code: ict", allFour, "[borgofittizio, poggio-d-esempio, villa-modello]"],
      ["code: polizia-locale", "duration_years: 10", "duration_years: 4"],
      ["code: protezione-civile", allFour, "[borgofittizio, poggio-d-esempio, castel-immaginario]"],
      ["code: servizi-sociali", "staff_transferred: true", "staff_transferred: false"],
    ]);
    const mutated = await runUnione([
      "status",
      "unione-esempio",
      "--json",
      "--knowledge",
      copy,
      "--data",
      dataDir("status-mutated"),
    ]);
    expect(mutated.code, mutated.stderr).toBe(0);
    const status = JSON.parse(mutated.stdout);
    expect(status.ready).toBe(false);
    const reasons = (id: string) => status.functions.find((item: { id: string }) => item.id === id).reasons.join(" ");
    const counts = (id: string) => status.functions.find((item: { id: string }) => item.id === id).counts;
    expect([counts("polizia-locale"), reasons("polizia-locale")]).toEqual([false, expect.stringMatching(/art\. 19\)/)]);
    expect([counts("protezione-civile"), reasons("protezione-civile")]).toEqual([
      false,
      expect.stringMatching(/art\. 24 c\.2\)/),
    ]);
    expect([counts("servizi-sociali"), reasons("servizi-sociali")]).toEqual([
      false,
      expect.stringMatching(/personale.*art\. 24 c\.5\)/),
    ]);
    expect([counts("ict"), reasons("ict")]).toEqual([true, expect.stringMatching(/commissario.*art\. 24 c\.4-quater/)]);
    expect(status.gaps.map((gap: { source: string }) => gap.source)).toContain("L.R. 21/2012 art. 24 c.5");
    expect(status.gaps.some((gap: { rule: string }) => /giunta/.test(gap.rule))).toBe(true);
    // The shipped example is ready (unit-tested); functions the mutations did not touch still count here.
    for (const id of ["gestione-personale", "suap"]) expect([id, counts(id)]).toEqual([id, true]);
  });
});
