/**
 * The real notice-board acts of ../shared/corpus (read from there, never copied) filed, one by one, as if they were
 * in each Unione's folder: how many facts the rules would propose from them. They are a Comune's ordinary acts
 * (Giunta deliberations, determinazioni, ordinances, notices) of a Comune outside every Unione here, so the answer
 * must be none. Each PDF is read by the ingestion's own loader with OCR, as `unione evidence` reads an Unione's folder.
 * With `member: true` the Comune is also made a member of a made-up Unione: then only the rules over the act's
 * decision (not the issuer check) keep its acts out.
 *
 *   npx tsx test/evidence/corpus-proposals.ts
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { issuerOf } from "../../src/evidence/act-issuer.js";
import { buildProposals } from "../../src/evidence/build-proposals.js";
import { createFunctionLexicon } from "../../src/evidence/function-lexicon.js";
import { extractByRules } from "../../src/evidence/rule-extraction.js";
import { actOf, type ReadAct } from "../../src/evidence/unione-acts.js";
import { createDocumentLoader, defaultLoaderOptions } from "../../src/ingestion/load-document.js";
import { createFunctionCatalog } from "../../src/knowledge/function-catalog.js";
import { loadGlossary } from "../../src/knowledge/glossary.js";
import { loadUnioneRecords } from "../../src/knowledge/load-records.js";
import type { UnioneRecord } from "../../src/knowledge/record-schema.js";

const root = join(import.meta.dirname, "..", "..");
export const corpusDir = join(root, "..", "shared", "corpus", "comune-avella-albo-pretorio");
const knowledge = join(root, "knowledge");

/** A made-up Unione whose members include the corpus's Comune, to test the rules rather than the issuer. */
function withAvella(record: UnioneRecord): UnioneRecord {
  const avella = { ...record.comuni[0]!, id: "avella", name: "Avella" };
  return {
    ...record,
    id: "unione-prova-avella",
    name: "Unione dei Comuni di Prova",
    comuni: [...record.comuni, avella],
  };
}

/**
 * Every PDF of the corpus read as an act, scanned pages by OCR as ingest reads them (its cache in a temporary
 * folder); the ones the loader still refuses are listed.
 */
export async function readCorpusActs(): Promise<{ acts: ReadAct[]; unreadable: string[] }> {
  const cacheDir = mkdtempSync(join(tmpdir(), "evidence-corpus-ocr-"));
  const ocr = {
    searchPath: process.env.PATH ?? "/usr/bin:/bin",
    tessdataDir: null,
    language: "ita",
    pageTimeoutMs: 120_000,
    renderLongSide: 3508,
    cacheDir,
  };
  const loadDocument = createDocumentLoader({ ...defaultLoaderOptions, ocr });
  const acts: ReadAct[] = [];
  const unreadable: string[] = [];
  for (const file of readdirSync(corpusDir).filter((name) => name.toLowerCase().endsWith(".pdf"))) {
    try {
      const document = await loadDocument(readFileSync(join(corpusDir, file)), file);
      acts.push(
        actOf(
          `unioni/prova/${file}`,
          document.units.map((unit) => unit.text),
          true,
        ),
      );
    } catch (error) {
      unreadable.push(`${file} (${error instanceof Error ? error.message : String(error)})`);
    }
  }
  rmSync(cacheDir, { recursive: true, force: true });
  return { acts, unreadable };
}

/** The proposals the rules draw from the acts for each Unione, each "file: fact", by Unione id. */
export function corpusProposals(
  acts: readonly ReadAct[],
  options: { member?: boolean } = {},
): Record<string, string[]> {
  const records = loadUnioneRecords(knowledge).records;
  const lexicon = createFunctionLexicon(createFunctionCatalog(knowledge), loadGlossary(knowledge));
  const result: Record<string, string[]> = {};
  for (const record of options.member ? records.map(withAvella) : records) {
    const found = acts.map((act) => ({
      act,
      ente: issuerOf(act, record).ente,
      findings: extractByRules(act, record, lexicon),
    }));
    result[record.id] = buildProposals(
      record.id,
      found.filter((item) => item.findings.length > 0),
    ).map((proposal) => `${proposal.act.path}: ${proposal.target.code}.${proposal.field}=${String(proposal.value)}`);
  }
  return result;
}

async function main(): Promise<void> {
  if (!existsSync(corpusDir)) throw new Error(`Corpus assente: ${corpusDir}`);
  const { acts, unreadable } = await readCorpusActs();
  const deliberations = acts.filter((act) => act.info.type === "delibera" && act.structure.dispositivo).length;
  const byOrgan = (organ: string) =>
    acts.filter((act) => act.info.type === "delibera" && act.info.organ === organ).length;
  for (const member of [false, true]) {
    const proposals = corpusProposals(acts, { member });
    const total = Object.values(proposals).reduce((sum, list) => sum + list.length, 0);
    const metric = member ? "evidence-corpus-proposals-avella-member" : "evidence-corpus-proposals";
    const files = acts.length + unreadable.length;
    console.log(
      JSON.stringify({
        metric,
        value: total,
        unit: "proposte",
        files,
        read: acts.length,
        deliberations,
        council: byOrgan("consiglio"),
        giunta: byOrgan("giunta"),
      }),
    );
    for (const [unione, list] of Object.entries(proposals))
      for (const line of list) console.log(`  ${unione} ← ${line}`);
  }
  for (const file of unreadable) console.log(`  non letto: ${file}`);
}

if (process.argv[1] && import.meta.filename === process.argv[1]) await main();
