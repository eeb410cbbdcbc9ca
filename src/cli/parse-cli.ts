/**
 * Command-line parsing. Global flags (--knowledge, --data, --debug) are accepted anywhere on the line;
 * each command then declares its own options. Bad usage is a UnioneError("BAD_USAGE") -> exit code 2.
 */
import { type ParseArgsConfig, parseArgs } from "node:util";
import type { GlobalFlags } from "../config/config.js";
import { UnioneError } from "../core/errors.js";

export interface CliInvocation {
  command: string | null;
  globals: GlobalFlags;
  /** Everything after the command, global flags removed. */
  rest: string[];
}

const globalWithValue = new Set(["--knowledge", "--data"]);

export function splitGlobals(argv: string[]): CliInvocation {
  const globals: GlobalFlags = {};
  const others: string[] = [];
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index]!;
    const [flag, inlineValue] = argument.startsWith("--") ? argument.split(/=(.*)/s, 2) : [argument, undefined];
    if (flag === "--debug") {
      globals.debug = true;
    } else if (flag && globalWithValue.has(flag)) {
      const value = inlineValue ?? argv[++index];
      if (!value || value.startsWith("--"))
        throw new UnioneError("BAD_USAGE", `L'opzione ${flag} richiede una cartella.`);
      if (flag === "--knowledge") globals.knowledge = value;
      else globals.data = value;
    } else {
      others.push(argument);
    }
  }
  const [command = null, ...rest] = others;
  return { command, globals, rest };
}

type Options = NonNullable<ParseArgsConfig["options"]>;

/** parseArgs with Italian errors; positionals allowed. */
export function parseCommandArgs<T extends Options>(args: string[], options: T, usage: string) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new UnioneError("BAD_USAGE", `${italianParseError(detail)}\nUso: ${usage}`, { detail });
  }
}

function italianParseError(detail: string): string {
  const unknown = /Unknown option '([^']+)'/.exec(detail);
  if (unknown) return `Opzione sconosciuta: ${unknown[1]}.`;
  const missing = /Option '([^']+?)(?: <value>)?' argument missing/.exec(detail);
  if (missing) return `L'opzione ${missing[1]} richiede un valore.`;
  return "Argomenti non validi.";
}
