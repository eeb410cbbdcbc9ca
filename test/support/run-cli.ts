/** Runs the real CLI in-process with captured output and optional stdin lines. */
import { Readable } from "node:stream";
import { runCli } from "../../src/main.js";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCliCaptured(argv: string[], stdinLines: string[] = []): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const stdin = Readable.from(stdinLines.map((line) => `${line}\n`));
  const code = await runCli(argv, { out: (text) => out.push(text), err: (text) => err.push(text), stdin });
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}
