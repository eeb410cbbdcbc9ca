/**
 * A small notice board of acts (real PDFs with a letterhead on every page, an annex, a determinazione) through the
 * real CLI: `ask --json` sources carry `act` and the text output names acts by label and page; a question naming
 * an act is answered from that act only, and one naming an act that is not indexed says so; `fonti` lists acts by
 * kind and date; an annex follows its act when the act's file is added later.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makePdf } from "../support/make-pdf.js";
import { runCliCaptured } from "../support/run-cli.js";
import { type Fixture, lawMarkdown, makeKnowledgeFixture } from "./ingest-fixtures.js";

const letterhead = "COMUNE DI VALLEVERDE\nProvincia di Ferrara\nPiazza della Repubblica 1 - 44021 Valleverde (FE)";

const giunta42 = [
  `${letterhead}\nCOPIA\nDELIBERAZIONE DELLA GIUNTA COMUNALE\nN. 42 del 24/03/2026\nOGGETTO: APPROVAZIONE DEL PIANO TRIENNALE DEI FABBISOGNI DI PERSONALE 2026/2028.\nLA GIUNTA COMUNALE\nVisto il D.Lgs. n. 165/2001 e in particolare l'art. 6 sul piano dei fabbisogni di personale;\nRitenuto di programmare le assunzioni del triennio nel rispetto dei limiti di spesa;\nPag. 1 di 2`,
  `${letterhead}\nCOPIA\nDELIBERA\n1. di approvare il piano triennale dei fabbisogni di personale 2026/2028, che prevede l'assunzione di due istruttori di vigilanza a tempo pieno;\n2. di dichiarare la presente deliberazione immediatamente eseguibile.\nPag. 2 di 2`,
];

const annexA = [
  `${letterhead}\nALLEGATO A\nPIANO TRIENNALE DEI FABBISOGNI DI PERSONALE 2026/2028\nArt. 1 ASSUNZIONI PROGRAMMATE\n1.1 Nel 2026 sono programmate due assunzioni di istruttore di vigilanza, area degli istruttori, a tempo pieno e indeterminato.\n1.2 Nel 2027 è programmata una progressione verticale nell'area dei funzionari.\nPag. 1 di 1`,
];

const determina272 = [
  `${letterhead}\nDETERMINAZIONE DEL RESPONSABILE DEL SERVIZIO FINANZIARIO\nRegistro Generale N. 272 del 16/04/2026\nOGGETTO: IMPEGNO DI SPESA PER LA FORNITURA DI CANCELLERIA PER GLI UFFICI COMUNALI.\nIL RESPONSABILE DEL SERVIZIO\nVisto il bilancio di previsione 2026/2028;\nVista la deliberazione di Giunta Comunale n. 17 del 10/02/2026 sul piano degli acquisti, pubblicata all'Albo pretorio con il numero 55;\nDETERMINA\n1. di impegnare la somma di euro 1.200,00 per la fornitura di cancelleria alla ditta Carta Srl.\nValleverde, 16/04/2026 IL RESPONSABILE DEL SERVIZIO f.to Anna Bianchi\nPag. 1 di 1`,
];

interface JsonSource {
  title: string;
  text: string;
  page: number | null;
  path: string;
  act?: { type: string; number: string | null; date: string | null; subject: string | null; label: string };
}

let fixture: Fixture;

async function askJson(question: string): Promise<{ answer: string; found: boolean; sources: JsonSource[] }> {
  const run = await runCliCaptured([
    "ask",
    question,
    "--json",
    "--knowledge",
    fixture.knowledgeDir,
    "--data",
    fixture.dataDir,
  ]);
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as { answer: string; found: boolean; sources: JsonSource[] };
}

async function ingest(): Promise<void> {
  const run = await runCliCaptured(["ingest", "--knowledge", fixture.knowledgeDir, "--data", fixture.dataDir]);
  expect(run.code, run.stderr).toBe(0);
}

beforeAll(async () => {
  // The router reads the function catalogue to know the Unioni (and which one is the fictional example).
  const rules = join(import.meta.dirname, "..", "..", "knowledge", "rules", "functions.yaml");
  fixture = makeKnowledgeFixture({
    "rules/functions.yaml": readFileSync(rules, "utf8"),
    "law/lr-21-2012.md": lawMarkdown,
    // The annex comes first: its act is added later, and the link must follow without re-reading the annex.
    "documenti/albo/DGC_42_2026_allegato_A.pdf": await makePdf(annexA),
    "documenti/albo/Determina_272_2026.pdf": await makePdf(determina272),
  });
  await ingest();
  fixture.write("documenti/albo/DGC_42_2026.pdf", await makePdf(giunta42));
  await ingest();
}, 120_000);
afterAll(() => fixture.cleanup());

describe("acts through ask --json and the text output", () => {
  it("gives each source of an act its act (type, number, date, subject) and keeps the contract's keys", async () => {
    const reply = await askJson("quante assunzioni prevede la delibera di giunta 42 del 2026?");
    expect(reply.found).toBe(true);
    expect(reply.sources.length).toBeGreaterThan(0);
    for (const source of reply.sources) {
      expect(Object.keys(source)).toEqual(
        expect.arrayContaining(["id", "title", "path", "kind", "unione", "article", "page", "score", "text", "act"]),
      );
      expect(source.path.startsWith("documenti/albo/DGC_42_2026")).toBe(true);
    }
    const act = reply.sources.find((source) => source.path.endsWith("DGC_42_2026.pdf"))!.act!;
    expect(act).toMatchObject({
      type: "delibera",
      number: "42",
      date: "2026-03-24",
      label: "Delibera di Giunta n. 42 del 24/03/2026",
    });
    expect(act.subject).toMatch(/^APPROVAZIONE DEL PIANO TRIENNALE DEI FABBISOGNI/);
    // No passage keeps the letterhead or the page footer.
    expect(reply.sources.some((source) => /Provincia di Ferrara|Pag\. \d di \d/.test(JSON.stringify(source)))).toBe(
      false,
    );
  });

  it("links the annex to its act, added after it, and labels it so", async () => {
    const reply = await askJson("quante assunzioni di istruttore di vigilanza sono programmate nel 2026?");
    const annex = reply.sources.find((source) => source.path.endsWith("allegato_A.pdf"));
    expect(annex?.title).toContain("(allegato alla Delibera di Giunta n. 42 del 24/03/2026)");
    expect(annex?.act).toMatchObject({ parent: { type: "delibera", number: "42" } });
  });

  it("names acts by label, OGGETTO and page in the text output", async () => {
    const run = await runCliCaptured([
      "ask",
      "cosa approva la delibera di giunta n. 42?",
      "--knowledge",
      fixture.knowledgeDir,
      "--data",
      fixture.dataDir,
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(
      /\[\d\] Delibera di Giunta n\. 42 del 24\/03\/2026 — Approvazione del piano triennale dei fabbisogni di personale 2026\/2028, p\. \d \(documenti\/albo\/DGC_42_2026\.pdf\)/,
    );
  });
});

describe("questions that name an act", () => {
  it("answers 'la determina 272 del 2026' from that act only", async () => {
    const reply = await askJson("la determina 272 del 2026 quanto impegna?");
    expect(reply.found).toBe(true);
    expect(reply.sources.every((source) => source.act?.number === "272")).toBe(true);
    expect(reply.sources.some((source) => source.text.includes("1.200,00"))).toBe(true);
    expect(reply.sources.some((source) => /Piazza della Repubblica/.test(source.text))).toBe(false);
  });

  it("answers from a named act even when the rest of the question is worded unlike it", async () => {
    const reply = await askJson("la det 272 del 2026 chi la firma?");
    expect(reply.found).toBe(true);
    expect(reply.sources.length).toBeGreaterThan(0);
    expect(reply.sources.every((source) => source.act?.number === "272")).toBe(true);
  });

  it("tells what a named act is about: its label and OGGETTO, then what its dispositivo decides, no signature line", async () => {
    const determina = await askJson("di cosa tratta la determina 272 del 2026?");
    expect(determina.found).toBe(true);
    const [subject, decided] = determina.answer.split("\n");
    expect(subject).toMatch(
      /n\. 272 del 16\/04\/2026 — oggetto: IMPEGNO DI SPESA PER LA FORNITURA DI CANCELLERIA.*\[1\]$/,
    );
    expect(decided).toMatch(/impegnare la somma di euro 1\.200,00.*\[\d\]$/);
    expect(determina.answer).not.toMatch(/f\.to|Anna Bianchi/);
    const delibera = await askJson("cosa dice la delibera di giunta 42?");
    expect(delibera.answer).toMatch(/^Delibera di Giunta n\. 42 del 24\/03\/2026 — oggetto: APPROVAZIONE DEL PIANO/);
    expect(delibera.answer).toMatch(/di approvare il piano triennale dei fabbisogni di personale 2026\/2028/);
    // Every number cited is a source of the reply.
    for (const cited of delibera.answer.matchAll(/\[(\d)\]/g))
      expect(Number(cited[1])).toBeLessThanOrEqual(delibera.sources.length);
  });

  it("lists the acts of a kind and a period a question asks for, each with its OGGETTO, and no act of another kind", async () => {
    const reply = await askJson("quali delibere di giunta del 2026 riguardano il personale?");
    expect(reply.found, JSON.stringify(reply).slice(0, 600)).toBe(true);
    expect(reply.answer).toMatch(
      /^• Delibera di Giunta n\. 42 del 24\/03\/2026 — APPROVAZIONE DEL PIANO TRIENNALE DEI FABBISOGNI DI PERSONALE/,
    );
    expect(reply.answer).not.toMatch(/Determinazione|272/);
  });

  it("says the act is not indexed instead of answering from another one (bad input: a number no act has)", async () => {
    const reply = await askJson("cosa prevede la delibera di giunta n. 99 del 2026 sulle assunzioni?");
    expect(reply.found).toBe(false);
    expect(reply.answer).toMatch(/^Non ho trovato la delibera di Giunta n\. 99 del 2026 tra gli atti indicizzati\./);
    expect(reply.sources).toEqual([]);
  });
});

describe("fonti", () => {
  it("answers about an act that is not indexed from the act that cites it, and says so", async () => {
    const run = await runCliCaptured([
      "ask",
      "la DG 17 del 2026 sul piano degli acquisti con che numero è stata pubblicata all'albo?",
      "--json",
      "--knowledge",
      fixture.knowledgeDir,
      "--data",
      fixture.dataDir,
    ]);
    const reply = JSON.parse(run.stdout) as { answer: string; found: boolean; sources: JsonSource[] };
    expect(reply.found, reply.answer).toBe(true);
    // The contract's stdout is the JSON object; the notice goes to stderr, as the model's fallback notice does.
    expect(run.stderr).toContain(
      "Nota: La delibera di Giunta n. 17 del 2026 non è tra gli atti indicizzati: la risposta viene dagli atti che la citano.",
    );
    expect(reply.answer).toMatch(/numero 55/);
    expect(reply.sources[0]?.act?.number).toBe("272");
    // What the act provides is in its own text, which is not indexed: the citing act does not stand in for it.
    const overview = await askJson("cosa prevede la DG 17 del 2026?");
    expect(overview.found).toBe(false);
    expect(overview.answer).toMatch(/^Non ho trovato la delibera di Giunta n\. 17 del 2026 tra gli atti indicizzati\./);
  });

  it("lists acts by kind with their labels, the annex under its act, and the law by title", async () => {
    const run = await runCliCaptured(
      ["console", "--knowledge", fixture.knowledgeDir, "--data", fixture.dataDir],
      ["/unione fonti"],
    );
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("Delibere di Giunta:");
    expect(run.stdout).toContain("- Delibera di Giunta n. 42 del 24/03/2026 — Approvazione del piano triennale");
    expect(run.stdout).toMatch(/\n {4}allegato: .*\(allegato alla Delibera di Giunta n\. 42 del 24\/03\/2026\)/);
    expect(run.stdout).toContain("Determinazioni:");
    expect(run.stdout).toContain("L.R. 21/2012 (law/lr-21-2012.md)");
    expect(run.stdout).not.toContain("DGC_42_2026.pdf");
  });
});
