/**
 * The real `unione` binary in a child process (`node bin/unione.js …`), as outside checks run it: a clean
 * environment (PATH and HOME only, plus what the test passes), captured output, exit code and signal.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

export const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const binary = fileURLToPath(new URL("../../bin/unione.js", import.meta.url));

export interface ProcessRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

export interface SpawnOptions {
  env?: Record<string, string>;
  /** Written to stdin, which is then closed (end of input). */
  stdin?: string;
  cwd?: string;
  /** The child is killed with SIGKILL past this, and the test fails on the null exit code. */
  timeoutMs?: number;
}

export function cleanEnv(extra: Record<string, string> = {}): Record<string, string> {
  return { PATH: process.env.PATH ?? "/usr/bin:/bin", HOME: process.env.HOME ?? "/tmp", NO_COLOR: "1", ...extra };
}

export interface RunningUnione {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Resolves when the process exits. */
  exited: Promise<ProcessRun>;
  /** Waits until the combined output matches. */
  waitForOutput(pattern: RegExp, timeoutMs: number): Promise<void>;
}

export function startUnione(args: string[], options: SpawnOptions = {}): RunningUnione {
  const started = performance.now();
  const child = spawn(process.execPath, [binary, ...args], {
    cwd: options.cwd ?? repoRoot,
    env: cleanEnv(options.env),
    stdio: ["pipe", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
  if (options.stdin !== undefined) child.stdin!.end(options.stdin);
  const exited = new Promise<ProcessRun>((resolve) => {
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr, ms: performance.now() - started }));
  });
  return {
    child,
    stdout: () => stdout,
    stderr: () => stderr,
    exited,
    async waitForOutput(pattern, timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      while (!pattern.test(stdout + stderr)) {
        if (child.exitCode !== null || child.signalCode !== null)
          throw new Error(`process ended before ${pattern}: ${stderr}`);
        if (Date.now() > deadline) throw new Error(`timeout waiting for ${pattern}; stderr so far:\n${stderr}`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },
  };
}

export async function runUnione(args: string[], options: SpawnOptions = {}): Promise<ProcessRun> {
  const running = startUnione(args, { ...options, stdin: options.stdin ?? "" });
  const timer = setTimeout(() => running.child.kill("SIGKILL"), options.timeoutMs ?? 30_000);
  try {
    return await running.exited;
  } finally {
    clearTimeout(timer);
  }
}
