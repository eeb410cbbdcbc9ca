/**
 * Ingest on the real notice board of ../shared/corpus (93 PDFs: deliberations, annexes, plans, printouts, scans),
 * never on generated PDFs: pages per second on text PDFs (the corpus replicated past 1,000 pages, OCR off), peak
 * RSS for the 93 PDFs (OCR on, empty cache) and for a 600-PDF archive (the corpus replicated, OCR results cached),
 * and seconds per scanned page for OCR. Each ingest is `unione ingest` in a child process, as an official runs it
 * (the compiled dist/, rebuilt first if src/ changed; bench/process-figures.mjs reports its peak RSS and CPU time);
 * replicas live in a temporary folder, hard links where possible. Skipped, with a line on stderr, without the corpus.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { compiledIsCurrent } from "../scripts/source-signature.mjs";
import { createIndexStore } from "../src/index-format/index-store.js";
import { findOcrTools, type OcrSettings } from "../src/ingestion/ocr/ocr-tools.js";
import { ocrPage } from "../src/ingestion/ocr/read-scanned-pages.js";
import type { Emit } from "./bench-row.js";

export const corpusDir = join(import.meta.dirname, "../../shared/corpus/comune-avella-albo-pretorio");
const root = fileURLToPath(new URL("..", import.meta.url));

interface ChildFigures {
  files: number;
  skipped: number;
  pages: number;
  chunks: number;
  ocrPages: number;
  seconds: number;
  cpuSeconds: number;
  peakRssMb: number;
}

export async function runRealIngestBench(emit: Emit): Promise<void> {
  if (!existsSync(corpusDir)) {
    process.stderr.write(`bench: corpus reale assente (${corpusDir}), misure di ingest reale saltate\n`);
    return;
  }
  if (!compiledIsCurrent(join(root, "src"), join(root, "dist"))) {
    process.stderr.write("bench: dist/ non corrisponde a src/, ricompilo (npm run build)\n");
    execFileSync(process.execPath, [join(root, "scripts", "build.mjs")], { cwd: root, stdio: "inherit" });
  }
  const scratch = mkdtempSync(join(tmpdir(), "unione-bench-real-"));
  try {
    const pdfs = readdirSync(corpusDir).filter((name) => name.endsWith(".pdf"));
    const textRun = ingestChild(replicate(scratch, "testo", pdfs, 2 * pdfs.length), join(scratch, "data-testo"), {
      OCR_ENABLED: "false",
    });
    emit({
      metric: "ingest_real_pages_per_s",
      value: textRun.pages / textRun.seconds,
      unit: "pages/s",
      ...sizes(textRun),
    });
    // CPU time per page, every thread: what the wall-clock figure rests on, whatever else the machine is doing.
    emit({
      metric: "ingest_real_cpu_ms_per_page",
      value: (textRun.cpuSeconds * 1000) / textRun.pages,
      unit: "ms",
      ...sizes(textRun),
    });

    const corpusData = join(scratch, "data-corpus");
    const corpusRun = ingestChild(replicate(scratch, "corpus", pdfs, pdfs.length), corpusData, {});
    emit({ metric: "ingest_peak_rss_mb", value: corpusRun.peakRssMb, unit: "MB", ...sizes(corpusRun) });
    emit({ metric: "ingest_ocr_pages", value: corpusRun.ocrPages, unit: "pages", ...sizes(corpusRun) });

    // The 600-PDF archive starts from the corpus's OCR cache: its scans are the corpus's, read once above.
    const archiveData = join(scratch, "data-archivio");
    cpSync(join(corpusData, "ocr-cache"), join(archiveData, "ocr-cache"), { recursive: true });
    const archiveRun = ingestChild(replicate(scratch, "archivio", pdfs, 600), archiveData, {});
    emit({ metric: "ingest_peak_rss_mb", value: archiveRun.peakRssMb, unit: "MB", ...sizes(archiveRun) });
    emit({
      metric: "ingest_real_600_pages_per_s",
      value: archiveRun.pages / archiveRun.seconds,
      unit: "pages/s",
      ...sizes(archiveRun),
    });

    const ocr = await ocrSecondsPerPage();
    if (ocr) emit({ metric: "ocr_seconds_per_page", value: ocr.seconds, unit: "s", chunks: 0, pages: ocr.pages });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function sizes(figures: ChildFigures) {
  return { chunks: figures.chunks, files: figures.files, pages: figures.pages };
}

/** `count` PDFs of the corpus under <scratch>/<name>/knowledge/unioni/avella/copia-N/, linked or copied. */
function replicate(scratch: string, name: string, pdfs: string[], count: number): string {
  const knowledge = join(scratch, name, "knowledge");
  for (let index = 0; index < count; index++) {
    const folder = join(knowledge, "unioni", "avella", `copia-${Math.floor(index / pdfs.length)}`);
    mkdirSync(folder, { recursive: true });
    const file = pdfs[index % pdfs.length]!;
    try {
      linkSync(join(corpusDir, file), join(folder, file));
    } catch {
      cpSync(join(corpusDir, file), join(folder, file));
    }
  }
  return knowledge;
}

function ingestChild(knowledge: string, data: string, env: Record<string, string>): ChildFigures {
  const args = ["--import", join(root, "bench", "process-figures.mjs"), join(root, "bin", "unione.js"), "ingest"];
  const run = spawnSync(process.execPath, [...args, "--knowledge", knowledge, "--data", data], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`unione ingest fallito: ${run.stderr}`);
  const figures = JSON.parse(/^BENCH (.*)$/m.exec(run.stderr)?.[1] ?? "{}") as {
    peakRssMb: number;
    cpuSeconds: number;
  };
  // "Riepilogo: 93 file (…, 3 saltati), 600 pagine, 1.485 passaggi, 17,50 s."
  const summary =
    /Riepilogo: ([\d.]+) file \(.*?([\d.]+) saltati\), ([\d.]+) pagine, ([\d.]+) passaggi, ([\d.,]+) s\./.exec(
      run.stdout,
    );
  if (!summary) throw new Error(`riepilogo di unione ingest non trovato:\n${run.stdout.slice(-500)}`);
  const number = (text: string) => Number(text.replace(/\./g, "").replace(",", "."));
  const store = createIndexStore(data);
  const manifest = store.readManifest(store.currentGeneration() ?? "");
  return {
    files: number(summary[1]!),
    skipped: number(summary[2]!),
    pages: number(summary[3]!),
    chunks: number(summary[4]!),
    seconds: number(summary[5]!),
    ocrPages: Object.values(manifest?.files ?? {}).reduce((total, entry) => total + (entry.ocrPages ?? 0), 0),
    ...figures,
  };
}

/** Scanned pages of the corpus, each rendered and read once with the production settings (no cache). */
async function ocrSecondsPerPage(): Promise<{ seconds: number; pages: number } | null> {
  const settings: OcrSettings = {
    searchPath: process.env.PATH ?? "/usr/bin:/bin",
    tessdataDir: process.env.TESSDATA_PREFIX ?? null,
    language: "ita",
    pageTimeoutMs: 120_000,
    renderLongSide: 3508,
    cacheDir: null,
  };
  const lookup = await findOcrTools(settings);
  if ("missing" in lookup) {
    process.stderr.write(`bench: OCR non misurato (${lookup.missing})\n`);
    return null;
  }
  // The three scans and the verbale whose text layer is a stamp: five pages of four different scanners.
  const sample: Array<[string, number[]]> = [
    ["Delibera_9__5339_parere_su_bilancio_4.pdf", [1, 2]],
    ["atto___allegato1772192833_1.pdf", [1]],
    ["Delibera_11__5417_Comunicazione_Consigliera_dott-ssa_uso_2.pdf", [1]],
    ["Delibera_1652001__5430_VERBALE_N-_3_DEL_17-03-2026_dellOrg2028_2.pdf", [1]],
  ];
  let pages = 0;
  const started = performance.now();
  for (const [file, numbers] of sample) {
    const bytes = readFileSync(join(corpusDir, file));
    for (const page of numbers) {
      await ocrPage(bytes, page, lookup.tools, settings);
      pages++;
    }
  }
  return { seconds: (performance.now() - started) / 1000 / pages, pages };
}
