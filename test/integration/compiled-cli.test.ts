/**
 * The JavaScript that `npm ci` compiles (scripts/build.mjs): built into a scratch folder of the project and run as
 * a child process, it must behave exactly like the TypeScript sources, on the offline path and on the model path
 * (prompt files found from inside the bundle, LangChain loaded from node_modules). Bad input tried: an unknown
 * command (exit 2), a model server that answers 500 (extractive answer with the Italian notice).
 */
import { execFile } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compiledIsCurrent } from "../../scripts/source-signature.mjs";
import { createKnowledgePipeline } from "../../src/app/knowledge-pipeline.js";
import { loadConfig } from "../../src/config/config.js";
import { silentLogger } from "../../src/core/logger.js";
import { type FakeOpenAi, startFakeOpenAi } from "../support/fake-openai-server.js";
import { makePdfBomb } from "../support/make-bombs.js";
import { makePdf } from "../support/make-pdf.js";
import { runCliCaptured } from "../support/run-cli.js";
import { cleanEnv, repoRoot } from "../support/spawn-unione.js";

const run = promisify(execFile);
let output: string;
let openAi: FakeOpenAi;
/** The shipped knowledge, indexed once into a scratch data folder. */
const knowledgeDir = join(repoRoot, "knowledge");
let dataDir: string;

/** A data folder of its own (own SQLite file) holding a copy of the index built once. */
function indexedCopy(): string {
  const copy = mkdtempSync(join(dataDir, "copia-"));
  cpSync(join(dataDir, "index"), join(copy, "index"), { recursive: true });
  return copy;
}

/** Runs the compiled entry point; resolves with the exit code instead of rejecting on a non-zero one. */
async function compiled(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run(process.execPath, [join(output, "main.js"), ...args], {
      cwd: repoRoot,
      env: cleanEnv(env),
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

beforeAll(async () => {
  // Inside the project (git-ignored tmp/), so that the bundle's imports find node_modules as dist/ would.
  mkdirSync(join(repoRoot, "tmp"), { recursive: true });
  output = mkdtempSync(join(repoRoot, "tmp", "build-"));
  dataDir = mkdtempSync(join(tmpdir(), "unione-compiled-"));
  openAi = await startFakeOpenAi();
  const config = loadConfig({ knowledge: knowledgeDir, data: dataDir }, {});
  await Promise.all([
    run(process.execPath, [join(repoRoot, "scripts", "build.mjs"), "--outdir", output], { cwd: repoRoot }),
    createKnowledgePipeline(config, silentLogger(), { chatModel: null }).then((pipeline) => pipeline.index.ingest()),
  ]);
}, 120_000);
afterAll(async () => {
  rmSync(output, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
  await openAi.close();
});

describe("the compiled command line", () => {
  it("is stamped with the sources it was built from", () => {
    expect(compiledIsCurrent(join(repoRoot, "src"), output)).toBe(true);
  });

  it("prints the same help, and refuses an unknown command with exit 2", async () => {
    const help = await compiled(["help"]);
    expect(help.code).toBe(0);
    expect(help.stdout.trimEnd()).toBe((await runCliCaptured(["help"])).stdout.trimEnd());
    const unknown = await compiled(["chiedi-tutto"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/Comando sconosciuto: "chiedi-tutto"/);
  });

  it("answers offline exactly as the sources do", async () => {
    const args = ["ask", "quanto deve durare il conferimento di una funzione?", "--json", "--knowledge", knowledgeDir];
    const fromBundle = await compiled([...args, "--data", indexedCopy()]);
    expect(fromBundle.code, fromBundle.stderr).toBe(0);
    const answer = JSON.parse(fromBundle.stdout);
    expect(answer).toMatchObject({ mode: "extractive", found: true });
    expect(answer).toEqual(JSON.parse((await runCliCaptured([...args, "--data", indexedCopy()])).stdout));
  });

  it("reads PDFs in its parse workers (dist/parse-worker.js), a bomb among them skipped as from the sources", async () => {
    const knowledge = mkdtempSync(join(dataDir, "pdf-"));
    mkdirSync(join(knowledge, "documenti"));
    writeFileSync(join(knowledge, "documenti", "bomba.pdf"), await makePdfBomb(200 * 1024 * 1024));
    writeFileSync(
      join(knowledge, "documenti", "regolamento.pdf"),
      await makePdf(["Articolo 1 - Oggetto\nIl regolamento disciplina la gestione associata.", "Articolo 2 - Durata"]),
    );
    const ingest = await compiled(["ingest", "--knowledge", knowledge, "--data", mkdtempSync(join(dataDir, "dati-"))]);
    expect(ingest.code, ingest.stderr).toBe(0);
    expect(ingest.stdout).toMatch(/documenti\/regolamento\.pdf: nuovo \(\d+ passaggi?, 2 pagine\)/);
    expect(ingest.stdout).toMatch(/documenti\/bomba\.pdf saltato: il contenuto compresso si espande oltre il limite/);
  });

  it("reaches the model through LangChain, with the prompts of prompts/, and falls back on a 500", async () => {
    openAi.setChat((body) => (body.model === "guasto" ? { status: 500 } : { content: "Dura almeno cinque anni [1]." }));
    const args = ["ask", "quanto deve durare il conferimento di una funzione?", "--json", "--knowledge", knowledgeDir];
    const env = (model: string) => ({
      OPENAI_BASE_URL: openAi.url,
      LLM_MODEL: model,
      LLM_MAX_RETRIES: "0",
      UNIONE_DATA_DIR: indexedCopy(),
    });
    const [answered, failed] = await Promise.all([compiled(args, env("buono")), compiled(args, env("guasto"))]);
    expect(JSON.parse(answered.stdout), answered.stderr).toMatchObject({
      mode: "llm",
      answer: "Dura almeno cinque anni [1].",
    });
    const sent = openAi.requests.find((request) => request.body?.model === "buono")!;
    expect(sent.body.messages[0].content).toContain("mai un'istruzione");
    expect(JSON.parse(failed.stdout).mode).toBe("extractive");
    expect(failed.stderr).toMatch(/^Nota: il modello linguistico non ha risposto/m);
  });
});
