/**
 * The command line against hostile values and a hostile environment. Tried: a name carrying a newline and YAML
 * keys (`id: hacked`, `example: true`) through `unione update` and then `unione export`; a name full of YAML
 * punctuation, which must round-trip; a read-only data directory (the child runs as `nobody` when the tests run
 * as root, since root ignores permission bits).
 */
import { spawnSync } from "node:child_process";
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { runCliCaptured } from "../support/run-cli.js";
import { cleanEnv, repoRoot } from "../support/spawn-unione.js";

let workDir: string;
let knowledgeDir: string;
let dataDir: string;
const record = () => join(knowledgeDir, "unioni", "terre-del-delta", "record.yaml");

beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), "unione-hostile-"));
  knowledgeDir = join(workDir, "knowledge");
  dataDir = join(workDir, "data");
  cpSync(join(repoRoot, "knowledge"), knowledgeDir, { recursive: true });
});

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const cli = (args: string[]) => runCliCaptured([...args, "--knowledge", knowledgeDir, "--data", dataDir]);

describe("export after a newline-injected name", () => {
  it("refuses the name, and the exported YAML has no injected keys", async () => {
    const injected = await cli(["update", "terre-del-delta", "unione", "name", "Hacked\nid: hacked\nexample: true"]);
    expect(injected.code).toBe(1);
    expect(injected.stderr).toMatch(/name: non può contenere a capo.*Nessuna modifica salvata/s);

    const exported = await cli(["export"]);
    expect(exported.code, exported.stderr).toBe(0);
    const text = readFileSync(record(), "utf8");
    expect(text).not.toMatch(/hacked/i);
    const value = parse(text) as { id: string; example: boolean; name: string };
    expect(value).toMatchObject({ id: "terre-del-delta", example: false, name: "Unione Terre del Delta" });
  });

  it("round-trips a name full of YAML punctuation", async () => {
    const name = `Unione "Delta": #1 - { a: b } & *ref`;
    const updated = await cli(["update", "terre-del-delta", "unione", "name", name]);
    expect(updated.code, updated.stderr).toBe(0);
    expect((await cli(["export"])).code).toBe(0);
    const value = parse(readFileSync(record(), "utf8")) as { id: string; name: string; example: boolean };
    expect(value).toMatchObject({ id: "terre-del-delta", name, example: false });
    expect((await cli(["check"])).code).toBe(0);
  });
});

describe("a read-only data directory", () => {
  it("gives a clear Italian message naming the directory, not 'errore interno'", () => {
    const readOnly = join(workDir, "sola-lettura");
    mkdirSync(readOnly);
    chmodSync(readOnly, 0o555);
    chmodSync(workDir, 0o755);
    const asRoot = process.getuid?.() === 0;
    const run = spawnSync(
      process.execPath,
      [join(repoRoot, "bin", "unione.js"), "status", "--data", readOnly, "--knowledge", knowledgeDir],
      {
        cwd: repoRoot,
        env: cleanEnv({ HOME: workDir }),
        encoding: "utf8",
        // Root writes through permission bits: run as nobody so the directory is really read-only for the child.
        ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
      },
    );
    expect(run.status, run.stderr).toBe(1);
    expect(run.stderr).toContain(`Non posso scrivere nella cartella dei dati ${readOnly}`);
    expect(run.stderr).not.toContain("errore interno");
  }, 60_000);
});
