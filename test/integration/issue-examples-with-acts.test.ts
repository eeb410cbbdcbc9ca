/**
 * The law questions issue 9 names, asked through the real CLI on the shipped knowledge PLUS real acts of a
 * Comune's notice board (../shared/corpus, read in place: copied into a temporary folder, never into the
 * repository). The acts are full of the same words ("Giunta", "composta", "funzioni", "regolamento"): the law's
 * answer must still lead. Bad input tried: a question whose words the acts use more than the law does ("composta"
 * against the guide's "Giunta … dei sindaci"). Skipped when the corpus is not mounted.
 */
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCliCaptured } from "../support/run-cli.js";

const corpusDir = join(import.meta.dirname, "..", "..", "..", "shared", "corpus", "comune-avella-albo-pretorio");
const available = existsSync(corpusDir);
/** Acts whose wording competes with the law's: commissions "composte da cinque consiglieri", an organigram. */
const acts = [
  "Delibera_14__5420_REGOLAMENTO_PER_IL_FUNZIONAMENTO_DEIARI_2.pdf",
  "Delibera_38__5418_DeliberadiConsiglio_Copia_12_2026_1.pdf",
  "Delibera_59__5541_Nuovo_Organigramma_Comunale_-_all-_A_2.pdf",
];

let root: string;

beforeAll(async () => {
  if (!available) return;
  root = mkdtempSync(join(tmpdir(), "unione-issue9-acts-"));
  const knowledge = join(root, "knowledge");
  cpSync(join(import.meta.dirname, "..", "..", "knowledge"), knowledge, { recursive: true });
  mkdirSync(join(knowledge, "documenti", "albo"), { recursive: true });
  for (const file of acts) copyFileSync(join(corpusDir, file), join(knowledge, "documenti", "albo", file));
  const ingest = await runCliCaptured(["ingest", "--knowledge", knowledge, "--data", join(root, "data")]);
  expect(ingest.code, ingest.stderr).toBe(0);
}, 180_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

async function answerOf(question: string): Promise<{ answer: string; first: string }> {
  const run = await runCliCaptured([
    "ask",
    question,
    "--json",
    "--knowledge",
    join(root, "knowledge"),
    "--data",
    join(root, "data"),
  ]);
  expect(run.code, run.stderr).toBe(0);
  const reply = JSON.parse(run.stdout) as { answer: string; sources: { path: string; article: string | null }[] };
  return { answer: reply.answer, first: `${reply.sources[0]?.path} ${reply.sources[0]?.article}` };
}

describe.skipIf(!available)("the issue's law questions, with real acts in the index", () => {
  it("'Come deve essere composta la Giunta dell'Unione?' leads with art. 24 c.5, not a commission of the Comune", async () => {
    const reply = await answerOf("Come deve essere composta la Giunta dell'Unione?");
    expect(reply.first).toBe("law/lr-21-2012.md art. 24 c.5");
    expect(reply.answer.split("\n")[0]).toMatch(/sindaci/);
  });

  it("'quante funzioni dobbiamo gestire insieme per la LR 21/12?' states ICT and at least 3 of the 7", async () => {
    const reply = await answerOf("quante funzioni dobbiamo gestire insieme per la LR 21/12?");
    expect(reply.answer).toMatch(/ICT|informatic/);
    expect(reply.answer).toMatch(/almeno 3|almeno tre/);
  });

  it("'se diamo all'unione ced, polizia municipale, protezione civile e suap siamo a posto con la legge regionale?' answers from the law", async () => {
    const reply = await answerOf(
      "se diamo all'unione ced, polizia municipale, protezione civile e suap siamo a posto con la legge regionale?",
    );
    expect(reply.first).toMatch(/^law\/lr-21-2012\.md/);
  });
});
