/** `/unione bozza <tipo> [funzione] [unione] [istruzioni…]`: resolves the words, then asks the draft service. */
import { matchName } from "../core/fuzzy-match.js";
import type { RequestContext } from "../core/types.js";
import type { DraftRequest } from "../drafting/draft-types.js";
import type { Command } from "./command.js";
import type { CommandResult } from "./command-result.js";
import { echoed } from "./input-limits.js";
import { resolveUnione, takeUnione } from "./resolve-unione.js";
import type { RouterDeps } from "./router-deps.js";

interface DraftWords {
  tipo: string | null;
  funzione: string | null;
  unione: string | null;
  istruzioni: string | null;
}

function takeTipo(deps: RouterDeps, words: string[]): { tipo: string | null; rest: string[] } {
  const candidates = deps.drafts.types().map((type) => ({ value: type.id, names: [type.id, type.name] }));
  for (let length = Math.min(3, words.length); length >= 1; length -= 1) {
    const tipo = matchName(words.slice(0, length).join(" "), candidates);
    if (tipo) return { tipo, rest: words.slice(length) };
  }
  return { tipo: null, rest: words };
}

function takeFunction(deps: RouterDeps, words: string[]): { code: string | null; rest: string[] } {
  for (let length = Math.min(3, words.length); length >= 1; length -= 1) {
    const info = deps.catalog.resolve(words.slice(0, length).join(" "));
    if (info) return { code: info.code, rest: words.slice(length) };
  }
  return { code: null, rest: words };
}

/** Function and Unione may come in either order; whatever follows them is free-text instructions. */
export function parseDraftWords(deps: RouterDeps, args: string[]): DraftWords {
  const { tipo, rest } = takeTipo(deps, args);
  let words = rest;
  let funzione: string | null = null;
  let unione: string | null = null;
  for (let round = 0; round < 2; round += 1) {
    if (!funzione) {
      const taken = takeFunction(deps, words);
      funzione = taken.code;
      words = taken.rest;
    }
    if (!unione) {
      const taken = takeUnione(deps.records, words);
      unione = taken.record?.id ?? null;
      words = taken.rest;
    }
  }
  const istruzioni = words
    .join(" ")
    .replace(/^[-:–—\s]+/, "")
    .trim();
  return { tipo, funzione, unione, istruzioni: istruzioni || null };
}

function fileNameOf(parts: Array<string | null>): string {
  return `${["bozza", ...parts.filter((part): part is string => Boolean(part))].join("-")}.docx`;
}

export async function handleDraft(
  deps: RouterDeps,
  command: Extract<Command, { name: "draft" }>,
  context: RequestContext,
): Promise<CommandResult> {
  if ("request" in command) return draftResult(deps, command.request, context, command.docx);
  const { args } = command;
  const types = deps.drafts.types();
  const words = parseDraftWords(deps, args);
  if (!words.tipo) {
    const list = types.map((type) => `\`${type.id}\` (${type.name})`).join(", ");
    const typed = args.length > 0 ? `Non conosco il tipo di atto "${echoed(args[0] ?? "")}". ` : "";
    return {
      type: "message",
      level: "warning",
      text: `${typed}Scrivi ad esempio \`/unione bozza convenzione protezione-civile terre-del-delta\`. Tipi disponibili: ${list}.`,
      suggestions: types.map((type) => type.id),
    };
  }
  if (!words.unione && !context.boundUnione && words.istruzioni) {
    // Leftover words with no Unione found: most likely a mistyped Unione name, not instructions.
    resolveUnione(deps.records, words.istruzioni, context.scope);
  }
  const record = words.unione ? deps.records.get(words.unione) : null;
  // The example Unione may be drafted from an unbound channel: give the draft service that narrow scope.
  const draftContext =
    record?.example && context.scope.kind === "public"
      ? { ...context, scope: { kind: "unione" as const, unione: record.id } }
      : context;
  const request = { tipo: words.tipo, funzione: words.funzione, unione: words.unione, istruzioni: words.istruzioni };
  return draftResult(deps, request, draftContext, true);
}

async function draftResult(
  deps: RouterDeps,
  request: DraftRequest,
  context: RequestContext,
  withDocx: boolean,
): Promise<CommandResult> {
  const draft = await deps.drafts.draft(request, context);
  const docx = withDocx ? await deps.drafts.toDocx(draft) : null;
  return { type: "draft", draft, docx, fileName: fileNameOf([draft.tipo, draft.funzione, draft.unione]) };
}
