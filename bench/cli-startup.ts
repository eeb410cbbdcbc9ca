/**
 * `cli_startup_ms`: wall time of `node bin/unione.js help` and of one offline `unione ask` over an index that
 * exists (the shipped knowledge), each in a fresh child process, median of several runs after one warm-up, as an
 * official starts them. The compiled dist/ is what `npm ci` leaves; when src/ changed since, it is rebuilt first
 * so that the figure is the installed command's and not tsx's.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { compiledIsCurrent } from "../scripts/source-signature.mjs";
import type { Emit } from "./bench-row.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const binary = join(root, "bin", "unione.js");
const runs = 7;

function timed(args: string[]): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, [binary, ...args], { cwd: root, env: { PATH: process.env.PATH ?? "" } });
  const elapsed = performance.now() - started;
  if (result.status !== 0) throw new Error(`unione ${args[0]} fallito: ${result.stderr.toString("utf8")}`);
  return elapsed;
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((left, right) => left - right);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

export async function runCliStartupBench(emit: Emit): Promise<void> {
  if (!compiledIsCurrent(join(root, "src"), join(root, "dist"))) {
    process.stderr.write("bench: dist/ non corrisponde a src/, ricompilo (npm run build)\n");
    execFileSync(process.execPath, [join(root, "scripts", "build.mjs")], { cwd: root, stdio: "inherit" });
  }
  const data = mkdtempSync(join(tmpdir(), "unione-bench-cli-"));
  try {
    const ask = ["ask", "quanto deve durare il conferimento di una funzione all'Unione?", "--data", data];
    // The first ask builds the index; the measured ones find it on disk.
    timed(ask);
    const commands: Array<[string, string[]]> = [
      ["help", ["help"]],
      ["ask", ask],
    ];
    for (const [name, args] of commands) {
      timed(args);
      const samples = Array.from({ length: runs }, () => timed(args));
      emit({ metric: "cli_startup_ms", value: median(samples), unit: "ms", chunks: 0, command: name });
    }
  } finally {
    rmSync(data, { recursive: true, force: true });
  }
}
