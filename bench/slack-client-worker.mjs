// Plays Slack in its own thread (own event loop): sends signed `/unione` POSTs and receives the replies on a
// loopback response_url, timing both, so the bot's work does not delay the measuring clock (as with real Slack).
// Plain JavaScript with Node built-ins only: worker threads do not inherit tsx's TypeScript loader.
import { createHmac } from "node:crypto";
import { createServer } from "node:http";
import { parentPort, workerData } from "node:worker_threads";

const job = workerData;
const arrivals = new Map();

const receiver = createServer((request, response) => {
  const arrived = performance.now();
  request.resume();
  request.on("end", () => {
    const key = decodeURIComponent((request.url ?? "").replace(/^\/response\//, ""));
    arrivals.get(key)?.(arrived);
    arrivals.delete(key);
    response.writeHead(200).end("ok");
  });
});

function signedHeaders(body) {
  const timestamp = Math.floor(Date.now() / 1000);
  const signature = createHmac("sha256", job.signingSecret).update(`v0:${timestamp}:${body}`).digest("hex");
  return {
    "content-type": "application/x-www-form-urlencoded",
    "x-slack-request-timestamp": String(timestamp),
    "x-slack-signature": `v0=${signature}`,
  };
}

async function one(base, index, key) {
  const arrived = new Promise((resolve) => arrivals.set(key, resolve));
  const body = new URLSearchParams({
    command: "/unione",
    text: job.texts[index % job.texts.length],
    user_id: `UBENCH${key}`,
    channel_id: job.channels[index % job.channels.length],
    team_id: "T1",
    api_app_id: "A1",
    trigger_id: `trigger-${key}`,
    response_url: `${base}/response/${encodeURIComponent(key)}`,
  }).toString();
  const started = performance.now();
  const response = await fetch(job.eventsUrl, { method: "POST", headers: signedHeaders(body), body });
  await response.text();
  const ackMs = performance.now() - started;
  if (response.status !== 200) throw new Error(`HTTP ${response.status} for ${key}`);
  const timeout = new Promise((_, reject) =>
    setTimeout(() => reject(new Error(`no reply for ${key}`)), 30_000).unref(),
  );
  return { ackMs, e2eMs: (await Promise.race([arrived, timeout])) - started };
}

async function main() {
  await new Promise((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${receiver.address().port}`;
  for (let index = 0; index < job.warmup; index += 1) await one(base, index, `warm-${index}`);
  const sequential = [];
  for (let index = 0; index < job.sequential; index += 1) sequential.push(await one(base, index, `seq-${index}`));
  const concurrent = await Promise.all(
    Array.from({ length: job.concurrent }, (_, index) => one(base, index, `par-${index}`)),
  );
  receiver.close();
  return {
    sequentialAckMs: sequential.map((sample) => sample.ackMs),
    concurrentAckMs: concurrent.map((sample) => sample.ackMs),
    sequentialE2eMs: sequential.map((sample) => sample.e2eMs),
    concurrentE2eMs: concurrent.map((sample) => sample.e2eMs),
  };
}

main().then(
  (samples) => parentPort?.postMessage({ ok: true, samples }),
  (error) => parentPort?.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) }),
);
