/**
 * Slack latency, offline: signed `/unione` POSTs over loopback HTTP to the real Bolt HTTP receiver, with the real
 * router and pipeline on the shipped knowledge folder, until the reply arrives on a loopback response_url.
 * Slack is played by a worker thread (slack-client-worker.mjs) so its clock does not share the bot's event loop.
 * ack = time to the HTTP 200 (target p99 < 100 ms); e2e = time until the reply is posted (target p95 < 500 ms).
 * The steady metrics come from requests sent one at a time; the burst30 ones from 30 sent at once.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { createContainer } from "../src/app/container.js";
import { loadConfig } from "../src/config/config.js";
import { silentLogger } from "../src/core/logger.js";
import { createSlackApp } from "../src/transport/slack/create-slack-app.js";
import { startFakeSlackApi } from "../test/support/fake-slack-api.js";

export interface SlackBenchRow {
  metric: string;
  value: number;
  unit: string;
  chunks: number;
}

const SIGNING_SECRET = "bench-signing-secret";

/** What the client worker is told to do, and what it measures. */
interface ClientJob {
  eventsUrl: string;
  signingSecret: string;
  texts: string[];
  channels: string[];
  warmup: number;
  sequential: number;
  concurrent: number;
}

interface ClientSamples {
  sequentialAckMs: number[];
  concurrentAckMs: number[];
  sequentialE2eMs: number[];
  concurrentE2eMs: number[];
}

export function percentile(values: number[], fraction: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? Number.NaN;
}

function playSlack(job: ClientJob): Promise<ClientSamples> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./slack-client-worker.mjs", import.meta.url), { workerData: job });
    worker.once("message", (message: { ok: boolean; samples?: ClientSamples; error?: string }) => {
      void worker.terminate();
      if (message.ok && message.samples) resolve(message.samples);
      else reject(new Error(`bench slack: ${message.error ?? "client failed"}`));
    });
    worker.once("error", reject);
  });
}

export async function runSlackBench(emit: (row: SlackBenchRow) => void): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), "unione-bench-slack-"));
  const api = await startFakeSlackApi();
  const config = loadConfig(
    { data: dataDir },
    { SLACK_BOT_TOKEN: "xoxb-bench", SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: api.apiUrl, PORT: "0" },
  );
  const logger = silentLogger();
  const container = createContainer(config, logger);
  try {
    const summary = await (await container.pipeline()).index.ingest();
    const bindings = container.bindings();
    bindings.bind("CDELTA", "terre-del-delta", "UBENCH");
    const slack = createSlackApp({ config, router: container.router(), logger, tuning: { host: "127.0.0.1" } });
    await slack.start();
    try {
      const samples = await playSlack({
        eventsUrl: `http://127.0.0.1:${slack.port()}/slack/events`,
        signingSecret: SIGNING_SECRET,
        texts: [
          "possiamo lasciare un vigile al Comune?",
          "quando una funzione conta per i contributi regionali?",
          "quanti abitanti deve avere un ambito territoriale ottimale?",
          "stato",
          "aiuto",
          "fonti",
        ],
        channels: ["CGENERALE", "CDELTA"],
        warmup: 6,
        sequential: 60,
        concurrent: 30,
      });
      const chunks = summary.chunks;
      // One request at a time (steady traffic), then a burst of 30 at once, each reported on its own.
      emit({ metric: "slack_ack_p50_ms", value: percentile(samples.sequentialAckMs, 0.5), unit: "ms", chunks });
      emit({ metric: "slack_ack_p99_ms", value: percentile(samples.sequentialAckMs, 0.99), unit: "ms", chunks });
      emit({
        metric: "slack_ack_burst30_p99_ms",
        value: percentile(samples.concurrentAckMs, 0.99),
        unit: "ms",
        chunks,
      });
      emit({ metric: "slack_e2e_p95_ms", value: percentile(samples.sequentialE2eMs, 0.95), unit: "ms", chunks });
      emit({
        metric: "slack_e2e_burst30_p95_ms",
        value: percentile(samples.concurrentE2eMs, 0.95),
        unit: "ms",
        chunks,
      });
    } finally {
      await slack.stop();
    }
  } finally {
    container.close();
    await api.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
