/**
 * From acts to facts, end to end through the real `unione` binary (child processes, clean environment), as outside
 * checks run it: fictional deliberations of the Comuni of Terre del Delta, generated as PDFs (letterhead, number and
 * date, OGGETTO, premesse, DELIBERA), filed in a temporary copy of the knowledge folder → `unione ingest` →
 * `unione evidence terre-del-delta --json` proposes exactly what each act decides and nothing from the traps →
 * `--apply` → `status --json` and `history` show the facts with their acts; the last Comune's conferral filed and
 * applied → art. 24 c.2 satisfied; `check` and `export` still work. The
 * model path runs against the fake OpenAI-compatible server. Bad input tried: a scanned act without text, a PDF cut
 * short, a model inventing a quote.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ExpectedAct, expectedActs, factKey } from "../fixtures/evidence/expected.js";
import { type FakeOpenAi, startFakeOpenAi } from "../support/fake-openai-server.js";
import { makePdf, makeTruncatedPdf } from "../support/make-pdf.js";
import { runCliCaptured } from "../support/run-cli.js";
import { repoRoot, runUnione } from "../support/spawn-unione.js";

const fixtures = join(repoRoot, "test", "fixtures", "evidence");
let work: string;
let knowledge: string;
let data: string;

interface JsonProposal {
  id: string;
  target: { kind: string; code: string };
  field: string;
  value: unknown;
  comune?: string;
  act: { type: string; number: string; date: string; subject: string; path: string; page: number | null };
  quote: string;
  confidence: number;
  status: string;
}

/** A fixture as a two-page PDF: the heading and premesse on page 1, the decision on page 2. */
async function actPdf(text: string): Promise<Buffer> {
  const split = text.indexOf("\nDELIBERA\n");
  return makePdf(split > 0 ? [text.slice(0, split), text.slice(split + 1)] : [text]);
}

async function fileActs(target: string, unione: string): Promise<void> {
  for (const file of readdirSync(join(fixtures, unione)).filter((name) => name.endsWith(".txt"))) {
    const pdf = await actPdf(readFileSync(join(fixtures, unione, file), "utf8"));
    writeFileSync(join(target, "unioni", unione, file.replace(/\.txt$/, ".pdf")), pdf);
  }
}

// In-process (the real CLI entry, the same code the launcher runs) except where a test needs its own environment
// (the model's server); the launcher itself is covered by process-cli and compiled-cli.
const cli = (args: string[], env: Record<string, string> = {}) =>
  Object.keys(env).length > 0
    ? runUnione([...args, "--knowledge", knowledge, "--data", data], { env, timeoutMs: 120_000 })
    : runCliCaptured([...args, "--knowledge", knowledge, "--data", data]);

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "evidence-cli-"));
  knowledge = join(work, "knowledge");
  data = join(work, "data");
  cpSync(join(repoRoot, "knowledge"), knowledge, { recursive: true });
  await fileActs(knowledge, "terre-del-delta");
  // Bad input: a scan without text and a download cut short sit among the acts.
  writeFileSync(join(knowledge, "unioni", "terre-del-delta", "scansione-vuota.pdf"), await makePdf([""]));
  writeFileSync(
    join(knowledge, "unioni", "terre-del-delta", "delibera-troncata.pdf"),
    await makeTruncatedPdf(["COMUNE DI GORO", "DELIBERA"]),
  );
  const ingest = await cli(["ingest"]);
  expect(ingest.code, ingest.stderr).toBe(0);
}, 240_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

function byAct(proposals: JsonProposal[], act: ExpectedAct): string[] {
  const path = `unioni/terre-del-delta/${act.file.replace(/\.txt$/, ".pdf")}`;
  return proposals
    .filter((proposal) => proposal.act.path === path)
    .map((proposal) =>
      factKey({
        code: proposal.target.code,
        field: proposal.field,
        value: proposal.value,
        comune: proposal.comune ?? null,
      }),
    )
    .sort();
}

describe("unione evidence, end to end", () => {
  let proposals: JsonProposal[];

  it("--json proposes exactly what each act decides, with the act's number, date and page, and nothing from the traps", async () => {
    const run = await cli(["evidence", "terre-del-delta", "--json"]);
    expect(run.code, run.stderr).toBe(0);
    const parsed = JSON.parse(run.stdout) as { unione: string; proposals: JsonProposal[] };
    expect(Object.keys(parsed)).toEqual(["unione", "proposals"]);
    expect(parsed.unione).toBe("terre-del-delta");
    proposals = parsed.proposals;
    for (const act of expectedActs["terre-del-delta"]!) {
      expect(byAct(proposals, act), act.file).toEqual(act.facts.map(factKey).sort());
      for (const proposal of proposals.filter((item) => item.act.path.endsWith(act.file.replace(/\.txt$/, ".pdf")))) {
        expect(proposal.act).toMatchObject({ type: "delibera", number: act.number, date: act.date });
        expect(proposal.act.page).toBe(2);
      }
    }
    expect(proposals.filter((proposal) => /trap-|scansione|troncata/.test(proposal.act.path))).toEqual([]);
    const expectedCount = expectedActs["terre-del-delta"]!.reduce((sum, act) => sum + act.facts.length, 0);
    expect(proposals).toHaveLength(expectedCount);
  });

  it("the text output is Italian and names the files it could not read", async () => {
    const run = await cli(["evidence", "terre-del-delta"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("Proposte dagli atti di Unione Terre del Delta");
    expect(run.stdout).toContain("da atto: Delibera C.C. di Codigoro n. 45 del 28/11/2024, p. 2");
    expect(run.stdout).toMatch(/File non letti: .*scansione-vuota\.pdf \(PDF senza testo/);
  });

  it("--apply records the new proposals with their acts; status --json and history show them", async () => {
    const applied = await cli(["evidence", "terre-del-delta", "--apply", "--json"]);
    expect(applied.code, applied.stderr).toBe(0);
    const result = JSON.parse(applied.stdout) as { applied: string[]; refused: unknown[]; proposals: JsonProposal[] };
    expect(result.refused).toEqual([]);
    const newOnes = proposals.filter((proposal) => proposal.status === "nuova").map((proposal) => proposal.id);
    expect(result.applied.sort()).toEqual(newOnes.sort());
    expect(result.applied).not.toContain(proposals.find((item) => item.status === "in conflitto")!.id);

    const status = await cli(["status", "terre-del-delta", "--json"]);
    expect(status.code, status.stderr).toBe(0);
    const report = JSON.parse(status.stdout) as {
      gaps: Array<{ rule: string; message: string }>;
      work_plan: Array<{
        id: string;
        facts: Array<{ field: string; fact: string; act: string | null; document: string | null }>;
      }>;
      deliverables: Array<{ id: string; status: string }>;
      deliverable_acts: Record<string, string>;
    };
    const protezione = report.work_plan.find((plan) => plan.id === "protezione-civile")!;
    expect(protezione.facts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          field: "conferring_comuni",
          fact: "conferimento del Comune di Codigoro",
          act: "Delibera C.C. di Codigoro n. 45 del 28/11/2024",
          document: "unioni/terre-del-delta/cc-codigoro-2024-45-conferimento-protezione-civile.pdf",
        }),
        expect.objectContaining({ field: "duration_years", act: "Delibera C.C. di Codigoro n. 45 del 28/11/2024" }),
      ]),
    );
    // Mesola has not conferred civil protection: the gap names it and the act still awaited.
    const awaited = report.gaps.find((gap) =>
      gap.message.includes("Protezione civile non è conferita dal Comune di Mesola"),
    );
    expect(awaited?.rule).toBe("art24-c2-conferimento-tutti");
    // The gap about Mesola cites only what is awaited from Mesola, never the other Comuni's acts.
    expect(awaited?.message).toBe(
      "La funzione Protezione civile non è conferita dal Comune di Mesola: atto atteso, la delibera di conferimento del Consiglio comunale di Mesola",
    );
    // Goro withdrew from the SUAP: its gap names the withdrawal, not an awaited conferral.
    expect(report.gaps.map((gap) => gap.message)).toContain(
      "La funzione Sportello unico per le attività produttive (SUAP) non è conferita dal Comune di Goro: recesso deliberato con Delibera C.C. di Goro n. 8 del 27/02/2025",
    );
    expect(report.deliverables.find((item) => item.id === "piano-comunicazione")?.status).toBe("approvato");
    expect(report.deliverable_acts["piano-comunicazione"]).toBe(
      "Delibera della Giunta dell'Unione n. 18 del 15/04/2025",
    );
    expect(report.gaps.some((gap) => gap.rule === "art24-c5-giunta-sindaci")).toBe(false);

    const history = await cli(["history", "terre-del-delta"]);
    expect(history.code, history.stderr).toBe(0);
    expect(history.stdout).toMatch(
      /protezione-civile, integral: non noto → sì \(da atto: Delibera C\.C\. di Codigoro n\. 45 del 28\/11\/2024\)/,
    );
    const json = JSON.parse((await cli(["history", "terre-del-delta", "--json"])).stdout) as Array<{
      act?: { document: string };
    }>;
    expect(json.every((entry) => entry.act?.document.startsWith("unioni/terre-del-delta/"))).toBe(true);

    const again = JSON.parse((await cli(["evidence", "terre-del-delta", "--json"])).stdout) as {
      proposals: JsonProposal[];
    };
    expect(again.proposals.filter((proposal) => proposal.status === "nuova")).toEqual([]);
  });

  it("once the last Comune's act is in and applied, civil protection passes art. 24 c.2 and rests on three acts", async () => {
    const act = readFileSync(
      join(fixtures, "follow-up", "terre-del-delta", "cc-mesola-2024-61-conferimento-protezione-civile.txt"),
      "utf8",
    );
    writeFileSync(
      join(knowledge, "unioni", "terre-del-delta", "cc-mesola-2024-61-conferimento-protezione-civile.pdf"),
      await actPdf(act),
    );
    const applied = JSON.parse((await cli(["evidence", "terre-del-delta", "--apply", "--json"])).stdout) as {
      applied: string[];
      proposals: JsonProposal[];
    };
    const mesola = applied.proposals.find(
      (proposal) =>
        proposal.comune === "mesola" &&
        proposal.target.code === "protezione-civile" &&
        proposal.field === "conferring_comuni",
    );
    expect(mesola).toMatchObject({ status: "nuova", act: { number: "61", date: "2024-12-16" } });
    expect(applied.applied).toContain(mesola!.id);

    const status = await cli(["status", "terre-del-delta", "--json"]);
    expect(status.code, status.stderr).toBe(0);
    const report = JSON.parse(status.stdout) as {
      gaps: Array<{ rule: string; message: string }>;
      functions: Array<{ id: string; reasons: string[] }>;
      work_plan: Array<{ id: string; facts: Array<{ field: string; fact: string; act: string | null }> }>;
    };
    // The contract's keys first and unchanged, with facts resting on acts: the acts live only in the extras.
    expect(Object.keys(report).slice(0, 9)).toEqual([
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
    for (const item of (report as unknown as { deliverables: object[] }).deliverables)
      expect(Object.keys(item)).toEqual(["id", "name", "status"]);
    const civil = (gap: { message: string }) => gap.message.includes("Protezione civile");
    expect(report.gaps.filter((gap) => gap.rule === "art24-c2-conferimento-tutti" && civil(gap))).toEqual([]);
    expect(report.functions.find((item) => item.id === "protezione-civile")?.reasons.join(" ")).not.toMatch(
      /non è conferita/,
    );
    const conferrals = report.work_plan
      .find((plan) => plan.id === "protezione-civile")!
      .facts.filter((fact) => fact.field === "conferring_comuni")
      .map((fact) => `${fact.fact} — ${fact.act}`);
    expect(conferrals.sort()).toEqual([
      "conferimento del Comune di Codigoro — Delibera C.C. di Codigoro n. 45 del 28/11/2024",
      "conferimento del Comune di Goro — Delibera C.C. di Goro n. 31 del 29/11/2024",
      "conferimento del Comune di Mesola — Delibera C.C. di Mesola n. 61 del 16/12/2024",
    ]);
    const text = await cli(["status", "terre-del-delta"]);
    expect(text.stdout).toContain(
      "da atto: Delibera C.C. di Mesola n. 61 del 16/12/2024 (conferimento del Comune di Mesola",
    );
  });

  it("export writes the acts into record.yaml and check reads it back: schema intact, only the law's verdicts", async () => {
    const exported = await cli(["export"]);
    expect(exported.code, exported.stderr).toBe(0);
    const yaml = readFileSync(join(knowledge, "unioni", "terre-del-delta", "record.yaml"), "utf8");
    expect(yaml).toContain("document: unioni/terre-del-delta/cc-codigoro-2024-45-conferimento-protezione-civile.pdf");
    expect(yaml).toContain("duration_years: 15");
    const check = await cli(["check"]);
    const problems = `${check.stdout}\n${check.stderr}`.split("\n").filter((line) => line.includes("record.yaml:"));
    const errors = problems.filter((line) => !line.includes("avviso —"));
    // Only legal findings, never a malformed record or a date out of place: police is active but misses Codigoro's
    // conferral; ICT and the SUAP, active for Mesola since 01/01/2025 (its acts applied), miss Codigoro and Goro.
    const verdicts = errors.map(
      (line) => /la funzione "([a-z-]+)" è attiva ma non conta: .*art\. 24 c\.2\)$/.exec(line)?.[1],
    );
    expect(verdicts.sort()).toEqual(["ict", "ict", "polizia-locale", "suap", "suap"]);
    expect(check.code).toBe(1);
  });
});

describe("unione evidence with a model configured", () => {
  let openAi: FakeOpenAi;
  let modelKnowledge: string;

  beforeAll(async () => {
    modelKnowledge = join(work, "knowledge-model");
    cpSync(join(repoRoot, "knowledge"), modelKnowledge, { recursive: true });
    const folder = join(modelKnowledge, "unioni", "terre-del-delta");
    const act = readFileSync(join(fixtures, "model", "cc-mesola-2025-70-trasporto-scolastico.txt"), "utf8");
    writeFileSync(join(folder, "cc-mesola-2025-70.pdf"), await actPdf(act));
    const codigoro = readFileSync(
      join(fixtures, "terre-del-delta", "cc-codigoro-2024-45-conferimento-protezione-civile.txt"),
      "utf8",
    );
    writeFileSync(join(folder, "cc-codigoro-2024-45.pdf"), await actPdf(codigoro));
    openAi = await startFakeOpenAi({
      chat: (body: { messages: Array<{ content: string }> }) => {
        const user = body.messages.at(-1)?.content ?? "";
        if (!user.includes("trasporto scolastico passa")) return { content: '{"facts": []}' };
        return {
          content: JSON.stringify({
            facts: [
              {
                kind: "function",
                code: "servizi-scolastici",
                field: "conferring_comuni",
                value: true,
                quote: "dal 1° settembre 2026 la gestione del trasporto scolastico passa all'Unione Terre del Delta",
              },
              {
                kind: "function",
                code: "catasto",
                field: "conferring_comuni",
                value: true,
                quote: "di conferire all'Unione le funzioni catastali",
              },
            ],
          }),
        };
      },
    });
  });

  afterAll(async () => {
    await openAi.close();
  });

  it("adds what the model reads when its quote is in the dispositivo, beside the rules' proposals", async () => {
    const run = await runUnione(
      ["evidence", "terre-del-delta", "--json", "--knowledge", modelKnowledge, "--data", join(work, "data-model")],
      {
        env: { OPENAI_BASE_URL: openAi.url, LLM_MODEL: "evidenze", LLM_TIMEOUT_MS: "5000" },
        timeoutMs: 120_000,
      },
    );
    expect(run.code, run.stderr).toBe(0);
    const parsed = JSON.parse(run.stdout) as { proposals: JsonProposal[] };
    const fromModel = parsed.proposals.filter((proposal) => proposal.target.code === "servizi-scolastici");
    expect(fromModel).toHaveLength(1);
    expect(fromModel[0]).toMatchObject({
      comune: "mesola",
      value: true,
      confidence: 0.6,
      act: { number: "70", page: 2 },
    });
    expect(parsed.proposals.some((proposal) => proposal.target.code === "catasto")).toBe(false);
    expect(
      parsed.proposals.some((proposal) => proposal.comune === "codigoro" && proposal.field === "conferring_comuni"),
    ).toBe(true);
    const chats = openAi.requests.filter((request) => request.path.endsWith("/chat/completions"));
    expect(chats).toHaveLength(2);
    expect(JSON.stringify(chats[0]?.body)).toContain("<<<ATTO>>>");
  });
});
