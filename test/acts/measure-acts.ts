/**
 * Measures act recognition on the real notice-board PDFs of ../shared/corpus against the expectations written
 * by reading them (avella-expected.ts). Reads each PDF through pdf-parse exactly as the ingestion does, prints
 * one line per file and the share of right values per field.
 *
 *   npx tsx test/acts/measure-acts.ts [--verbose]
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { PDFParse } from "pdf-parse";
import { type ActInfo, actLabel, cleanPages, linkAnnexes, recognizeAct } from "../../src/acts/index.js";
import { type ExpectedAct, expectedActs } from "./avella-expected.js";

const corpus = join(import.meta.dirname, "..", "..", "..", "shared", "corpus", "comune-avella-albo-pretorio");
const fields = ["type", "organ", "number", "date", "subject", "parent"] as const;
type Field = (typeof fields)[number];

async function pagesOf(file: string): Promise<string[]> {
  const parser = new PDFParse({ data: new Uint8Array(readFileSync(join(corpus, file))) });
  try {
    return (await parser.getText()).pages.map((page) => page.text);
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}

function normalize(text: string): string {
  return text.toLowerCase().replace(/\s+/g, " ").trim();
}

function isRight(field: Field, act: ActInfo, expected: ExpectedAct): boolean {
  if (field === "subject") {
    if (expected.subject === null) return act.subject === null;
    return act.subject !== null && normalize(act.subject).startsWith(normalize(expected.subject));
  }
  if (field === "parent") return (act.parent?.number ?? null) === expected.parent;
  return (act[field] ?? null) === expected[field];
}

async function main(): Promise<void> {
  const verbose = process.argv.includes("--verbose");
  const files = readdirSync(corpus)
    .filter((name) => name.endsWith(".pdf"))
    .sort();
  const recognised = [];
  let milliseconds = 0;
  let pageCount = 0;
  for (const fileName of files) {
    const pages = await pagesOf(fileName);
    const started = performance.now();
    recognised.push({ fileName, act: recognizeAct(cleanPages(pages), fileName) });
    milliseconds += performance.now() - started;
    pageCount += pages.length;
  }
  const acts = linkAnnexes(recognised);
  const right = { all: new Map<Field, number>(), text: new Map<Field, number>() };
  let textFiles = 0;
  let wrongCertainNumbers = 0;
  acts.forEach((act, index) => {
    const fileName = files[index]!;
    const expected = expectedActs.find((entry) => fileName.startsWith(entry.file));
    if (!expected) throw new Error(`Nessuna attesa per ${fileName}`);
    if (expected.text) textFiles += 1;
    const wrong = fields.filter((field) => !isRight(field, act, expected));
    for (const field of fields.filter((name) => !wrong.includes(name))) {
      right.all.set(field, (right.all.get(field) ?? 0) + 1);
      if (expected.text) right.text.set(field, (right.text.get(field) ?? 0) + 1);
    }
    if (act.number !== null && act.number !== expected.number && act.sources.number === "testo")
      wrongCertainNumbers += 1;
    if (verbose || wrong.length)
      console.log(
        `${wrong.length ? "✗" : "✓"} ${fileName.slice(0, 55).padEnd(55)} ${actLabel(act)}${wrong.length ? `  [errati: ${wrong.join(", ")}]` : ""}`,
      );
  });
  console.log(`\nfile: ${files.length} (con testo: ${textFiles})`);
  for (const field of fields) {
    const all = right.all.get(field) ?? 0;
    const text = right.text.get(field) ?? 0;
    console.log(
      `${field.padEnd(8)} tutti ${all}/${files.length} (${((100 * all) / files.length).toFixed(1)}%)  con testo ${text}/${textFiles} (${((100 * text) / textFiles).toFixed(1)}%)`,
    );
  }
  console.log(`numeri errati letti dal testo (presentati come certi): ${wrongCertainNumbers}`);
  console.log(
    `pulizia + riconoscimento: ${milliseconds.toFixed(0)} ms per ${pageCount} pagine (prima esecuzione, JIT compreso)`,
  );
}

await main();
