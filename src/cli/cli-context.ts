/** What every command-line command receives. Output goes through `out`/`err` so tests can capture it. */
import { randomUUID } from "node:crypto";
import type { UnioneApp } from "../app/open-app.js";
import type { RequestContext } from "../core/types.js";

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  stdin: NodeJS.ReadableStream;
  /** Present when standard output is a terminal: text written as is (a progress bar redrawn in place). */
  terminal?: { write(text: string): void; columns(): number };
}

export interface CliContext {
  app: UnioneApp;
  io: CliIo;
}

export type CliCommand = (args: string[], context: CliContext) => Promise<number>;

/** The command-line operator is trusted: admin, every Unione's records. */
export function operatorRequest(user = "cli"): RequestContext {
  return {
    requestId: `cli-${randomUUID()}`,
    transport: "cli",
    user,
    channel: null,
    isAdmin: true,
    boundUnione: null,
    scope: { kind: "all" },
  };
}
