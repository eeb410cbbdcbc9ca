/**
 * Child process of the ingest bench: one `unione ingest` the way the command line runs it (createKnowledgePipeline
 * over settings from the environment), then its figures on stdout as JSON. A process of its own, so that the peak
 * RSS (VmHWM: every thread of the process, parse workers included) is the ingest's and nothing else's.
 */
import { readFileSync } from "node:fs";
import { createKnowledgePipeline } from "../src/app/knowledge-pipeline.js";
import { loadConfig } from "../src/config/config.js";
import { silentLogger } from "../src/core/logger.js";
import { createIndexStore } from "../src/index-format/index-store.js";

const [knowledgeDir, dataDir] = process.argv.slice(2);
const config = loadConfig({ knowledge: knowledgeDir, data: dataDir });
const pipeline = await createKnowledgePipeline(config, silentLogger(), { chatModel: null });
const started = performance.now();
const cpuBefore = process.cpuUsage();
const summary = await pipeline.index.ingest();
const seconds = (performance.now() - started) / 1000;
// Every thread of this process (the parse workers too), not the OCR programs it runs.
const cpu = process.cpuUsage(cpuBefore);
const store = createIndexStore(config.dataDir);
const manifest = store.readManifest(store.currentGeneration() ?? "");
const ocrPages = Object.values(manifest?.files ?? {}).reduce((total, entry) => total + (entry.ocrPages ?? 0), 0);
process.stdout.write(
  `${JSON.stringify({
    files: summary.files,
    skipped: summary.skipped.length,
    pages: summary.pages,
    chunks: summary.chunks,
    ocrPages,
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    peakRssMb: peakRssMb(),
  })}\n`,
);

/** VmHWM from /proc (Linux); elsewhere the process's own maximum resident set. */
function peakRssMb(): number {
  try {
    const line = /VmHWM:\s+(\d+) kB/.exec(readFileSync("/proc/self/status", "utf8"));
    if (line) return Number(line[1]) / 1024;
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS / 1024;
}
