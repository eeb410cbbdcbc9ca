/**
 * Runs external programs (poppler, tesseract) as a pipeline, bytes in and text out, under one deadline: on expiry
 * every process of the pipeline is killed. Each program gets at most `memoryKb` of address space (through the
 * shell's ulimit: a scanned page can embed an image of any size, and decoding it is the program's business), and
 * output is capped so a misbehaving program cannot fill this process's memory either.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";

export interface ToolStep {
  command: string;
  args: string[];
}

export interface PipelineOptions {
  timeoutMs: number;
  env: Record<string, string>;
  maxOutputBytes: number;
  /** Address space of each program, in KB; no limit where there is no POSIX shell. */
  memoryKb?: number;
}

const shell = "/bin/sh";

export class ToolTimeoutError extends Error {
  constructor(readonly command: string) {
    super(`${command}: tempo scaduto`);
    this.name = "ToolTimeoutError";
  }
}

export class ToolFailedError extends Error {
  constructor(
    readonly command: string,
    readonly detail: string,
  ) {
    super(`${command}: ${detail}`);
    this.name = "ToolFailedError";
  }
}

/** Feeds `input` to the first step, chains stdout to stdin, returns the last step's stdout. */
export function runPipeline(steps: ToolStep[], input: Buffer | null, options: PipelineOptions): Promise<string> {
  return new Promise((resolve, reject) => {
    const children = steps.map((step) => spawnLimited(step, options));
    const settle = settleOnce(children, resolve, reject);
    const timer = setTimeout(() => settle.fail(new ToolTimeoutError(steps[0]!.command)), options.timeoutMs);
    timer.unref();
    for (const [index, child] of children.entries()) {
      const command = steps[index]!.command;
      child.on("error", (error) => settle.fail(new ToolFailedError(command, error.message)));
      // A downstream program that exits early closes the pipe: its own exit code tells what happened.
      child.stdin?.on("error", () => undefined);
      child.stdout?.on("error", () => undefined);
      const next = children[index + 1];
      if (next?.stdin) child.stdout?.pipe(next.stdin);
      collectStderr(child, (stderr, code) => {
        if (code !== 0) settle.fail(new ToolFailedError(command, `uscita ${code}: ${stderr.trim().slice(0, 300)}`));
      });
    }
    const last = children.at(-1)!;
    const chunks: Buffer[] = [];
    let size = 0;
    last.stdout?.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= options.maxOutputBytes) chunks.push(chunk);
    });
    last.on("close", (code) => {
      clearTimeout(timer);
      if (code === 0) settle.succeed(Buffer.concat(chunks).toString("utf8"));
    });
    children[0]!.stdin?.end(input ?? undefined);
  });
}

function spawnLimited(step: ToolStep, options: PipelineOptions): ChildProcess {
  const stdio: ["pipe", "pipe", "pipe"] = ["pipe", "pipe", "pipe"];
  if (!options.memoryKb || !existsSync(shell)) return spawn(step.command, step.args, { env: options.env, stdio });
  const script = `ulimit -v ${Math.floor(options.memoryKb)} && exec "$0" "$@"`;
  return spawn(shell, ["-c", script, step.command, ...step.args], { env: options.env, stdio });
}

function collectStderr(child: ChildProcess, onExit: (stderr: string, code: number | null) => void): void {
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    if (stderr.length < 4096) stderr += chunk.toString("utf8");
  });
  child.on("close", (code) => onExit(stderr, code));
}

function settleOnce(
  children: ChildProcess[],
  resolve: (text: string) => void,
  reject: (error: Error) => void,
): { succeed(text: string): void; fail(error: Error): void } {
  let settled = false;
  return {
    succeed(text) {
      if (settled) return;
      settled = true;
      resolve(text);
    },
    fail(error) {
      if (settled) return;
      settled = true;
      for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
      reject(error);
    },
  };
}
