/**
 * The Slack surface over the real composition root (createContainer): real ingest of the shipped knowledge
 * folder into a temporary data folder, real router, retrieval, readiness and drafting, offline. Checks the
 * access rule end to end: a channel bound to Terre d'Acqua never receives Terre del Delta's records.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Container, createContainer } from "../../../src/app/container.js";
import { loadConfig } from "../../../src/config/config.js";
import { silentLogger } from "../../../src/core/logger.js";
import { acquireIngestLock } from "../../../src/ingestion/ingest-lock.js";
import { ADMIN, blockText, replyOn, type SlackHarness, startSlackHarness } from "./slack-harness.js";

let dataDir: string;
let container: Container;
let harness: SlackHarness;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), "unione-slack-"));
  const config = loadConfig({ data: dataDir, knowledge: join(process.cwd(), "knowledge") }, {});
  container = createContainer(config, silentLogger());
  await (await container.pipeline()).index.ingest();
  harness = await startSlackHarness({ router: container.router(), database: container.database() });
}, 120_000);

afterAll(async () => {
  await harness?.close();
  container?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

interface StoredAnswer {
  channel: string;
  sources: string;
}

function storedAnswers(channel: string): { path: string }[][] {
  const rows = container
    .database()
    .prepare("SELECT channel, sources FROM answers WHERE channel = ?")
    .all(channel) as StoredAnswer[];
  return rows.map((row) => JSON.parse(row.sources) as { path: string }[]);
}

describe("Slack over the real pipeline", () => {
  it("binds Terre d'Acqua's channel, then a question about Terre del Delta there cites none of Delta's records", async () => {
    await harness.command("collega terre d'acqua", { key: "bind-acqua", user: ADMIN, channel: "CACQUA" });
    expect(blockText(await replyOn(harness, "bind-acqua"))).toContain("Terre d'Acqua");

    await harness.command(
      "quali comuni fanno parte dell'unione terre del delta? chi sono i sindaci di goro e mesola?",
      { key: "leak", channel: "CACQUA" },
    );
    const reply = await replyOn(harness, "leak");
    const text = `${String(reply.text)} ${blockText(reply)}`;
    expect(text).not.toMatch(/unioni\/terre-del-delta/);
    const sources = storedAnswers("CACQUA").flat();
    expect(sources.length).toBeGreaterThan(0);
    expect(sources.some((source) => source.path.includes("terre-del-delta"))).toBe(false);
  });

  it("the same question in an admin's DM may cite Delta's records (the check above can fail)", async () => {
    await harness.event(
      {
        type: "message",
        channel_type: "im",
        channel: "DADMIN",
        user: ADMIN,
        text: "quali comuni fanno parte dell'unione terre del delta?",
        ts: "1700002000.000100",
      },
      "EvReal1",
    );
    await harness.api.waitFor(() => harness.api.callsTo("chat.postMessage")[0], "DM answer", 10_000);
    expect(
      storedAnswers("DADMIN")
        .flat()
        .some((source) => source.path.includes("terre-del-delta")),
    ).toBe(true);
  });

  it("status of Terre del Delta asked in Terre d'Acqua's channel is refused; its own status is shown", async () => {
    await harness.command("stato terre del delta", { key: "status-other", channel: "CACQUA" });
    expect(blockText(await replyOn(harness, "status-other"))).toContain("collegato a un'altra Unione");
    await harness.command("stato", { key: "status-own", channel: "CACQUA" });
    const own = await replyOn(harness, "status-own");
    expect(blockText(own)).toContain("Stato di Unione Terre d'Acqua");
    expect(blockText(own)).toMatch(/\d{2}\/\d{2}\/\d{4}/);
  });

  it("a question in an unbound channel is answered with law citations", async () => {
    await harness.command("quanti abitanti deve avere un ambito territoriale ottimale?", {
      key: "law",
      channel: "CGENERALE",
    });
    const reply = await replyOn(harness, "law");
    expect(blockText(reply)).toMatch(/\*\d+\.\* [^\n]+, art\. 6 — _Normativa_/);
  });

  it("/unione aggiorna-indice while another ingest runs answers 'indicizzazione già in corso', never an internal error", async () => {
    // Held here as `unione ingest` on the command line would hold it.
    const lock = await acquireIngestLock(join(dataDir, "index"), { waitMs: 0 });
    try {
      await harness.command("aggiorna-indice", { key: "reindex-busy", user: ADMIN, channel: "DADMIN" });
      const reply = await replyOn(harness, "reindex-busy", 15_000);
      const text = `${String(reply.text)} ${blockText(reply)}`;
      expect(text).toContain("Indicizzazione già in corso");
      expect(text).not.toMatch(/errore interno/i);
    } finally {
      lock.release();
    }
    await harness.command("aggiorna-indice", { key: "reindex-free", user: ADMIN, channel: "DADMIN" });
    expect(blockText(await replyOn(harness, "reindex-free", 30_000))).toContain("Indice aggiornato");
  });

  it("a draft in the bound channel is previewed and its .docx uploaded in the channel", async () => {
    await harness.command("bozza convenzione protezione civile", { key: "draft", channel: "CACQUA" });
    const reply = await replyOn(harness, "draft", 15_000);
    expect(blockText(reply)).toContain("Terre d'Acqua");
    expect(blockText(reply)).toContain("Da completare");
    const complete = await harness.api.waitFor(
      () => harness.api.callsTo("files.completeUploadExternal")[0],
      "upload",
      10_000,
    );
    expect(complete.body.channel_id).toBe("CACQUA");
    expect(harness.api.uploads[0]?.bytes.includes(Buffer.from("PK"))).toBe(true);
  });
});
