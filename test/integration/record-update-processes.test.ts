/**
 * Two processes updating the same Unione at once (the command line's `update` beside Slack's `/unione aggiorna`),
 * each on its own SQLite connection. Tried: 2 × 150 interleaved updates of two different fields plus one shared
 * field. Nothing may be lost (each process's last value of its own field survives) and the audit log must chain:
 * for every field, each entry's old value is the previous entry's new value.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFunctionCatalog } from "../../src/knowledge/function-catalog.js";
import { loadUnioneRecords } from "../../src/knowledge/load-records.js";
import { openDatabase } from "../../src/records/database.js";
import { createRecordStore } from "../../src/records/record-store.js";
import { cleanEnv, repoRoot } from "../support/spawn-unione.js";

const knowledgeDir = join(repoRoot, "knowledge");
const worker = fileURLToPath(new URL("../support/record-update-worker.ts", import.meta.url));
const COUNT = 150;
let dataDir: string;

interface AuditRow {
  target: string | null;
  field: string;
  old_value: string | null;
  new_value: string | null;
}

function openStore() {
  const database = openDatabase(dataDir);
  const { records } = loadUnioneRecords(knowledgeDir);
  return {
    database,
    store: createRecordStore({ database, seed: records, catalog: createFunctionCatalog(knowledgeDir) }),
  };
}

function startWorker(
  name: string,
  target: string,
): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", worker, dataDir, knowledgeDir, name, target, String(COUNT)],
    {
      cwd: repoRoot,
      env: cleanEnv(),
      stdio: ["pipe", "pipe", "pipe"],
    },
  );
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  return { child, output: () => output, exited: new Promise((resolve) => child.once("exit", resolve)) };
}

function ready(run: ReturnType<typeof startWorker>): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = () => {
      if (run.output().includes("ready")) resolve();
    };
    run.child.stdout?.on("data", check);
    run.child.once("exit", () => reject(new Error(`worker exited early:\n${run.output()}`)));
    check();
  });
}

beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), "unione-concurrent-"));
  // Seed once here, so the workers meet an existing database.
  openStore().database.close();
});

afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

describe("updates from two processes", () => {
  it("lose nothing and keep the audit chain consistent", async () => {
    const runs = [startWorker("A", "polizia-locale"), startWorker("B", "protezione-civile")];
    await Promise.all(runs.map(ready));
    for (const run of runs) run.child.stdin?.end("go\n");
    const codes = await Promise.all(runs.map((run) => run.exited));
    expect(codes, runs.map((run) => run.output()).join("\n")).toEqual([0, 0]);

    const { database, store } = openStore();
    try {
      const record = store.get("terre-del-delta")!;
      expect(record.functions.find((item) => item.code === "polizia-locale")?.note).toBe(`A-${COUNT}`);
      expect(record.functions.find((item) => item.code === "protezione-civile")?.note).toBe(`B-${COUNT}`);
      expect(record.note).toMatch(new RegExp(`^[AB]-${COUNT}$`));

      const rows = database
        .prepare(
          "SELECT target, field, old_value, new_value FROM record_audit WHERE unione = ? AND field = 'note' ORDER BY id",
        )
        .all("terre-del-delta") as AuditRow[];
      expect(rows).toHaveLength(4 * COUNT);
      for (const target of ["polizia-locale", "protezione-civile", null]) {
        const chain = rows.filter((row) => row.target === target);
        for (let index = 1; index < chain.length; index += 1) {
          expect(chain[index]!.old_value, `${target ?? "unione"} entry ${index}`).toBe(chain[index - 1]!.new_value);
        }
        expect(chain.at(-1)!.new_value).toBe(
          target === null ? record.note : record.functions.find((item) => item.code === target)?.note,
        );
      }
    } finally {
      database.close();
    }
  }, 120_000);
});
