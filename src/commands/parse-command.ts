/**
 * Turns one line typed by a user into a command. Pure: no service calls. Names of Unioni, functions and
 * act types stay raw here; the router resolves them loosely against the records and the catalogue.
 */
import { levenshtein } from "../core/fuzzy-match.js";

export type ParsedCommand =
  | { name: "empty" }
  | { name: "help" }
  | { name: "ask"; question: string }
  | { name: "status"; unione: string | null }
  | { name: "draft"; args: string[] }
  | { name: "sources" }
  | { name: "bind"; unione: string | null }
  | { name: "unbind" }
  | { name: "reindex" }
  | { name: "update"; args: string[] }
  | { name: "history"; unione: string | null }
  | { name: "unknown"; word: string; suggestions: string[] };

type SubcommandName = Exclude<ParsedCommand["name"], "empty" | "unknown">;

/** Every word a subcommand answers to; the first is the name shown in help. */
export const subcommandAliases: Record<SubcommandName, string[]> = {
  ask: ["chiedi", "ask", "domanda"],
  status: ["stato", "status"],
  draft: ["bozza", "draft"],
  sources: ["fonti", "sources"],
  help: ["aiuto", "help", "?"],
  bind: ["collega", "bind"],
  unbind: ["scollega", "unbind"],
  reindex: ["aggiorna-indice", "reindex"],
  update: ["aggiorna", "update"],
  history: ["storico", "history"],
};

export const adminSubcommands: ReadonlySet<SubcommandName> = new Set(["bind", "unbind", "reindex", "update"]);

const aliasToName = new Map<string, SubcommandName>(
  Object.entries(subcommandAliases).flatMap(([name, aliases]) => aliases.map((alias) => [alias, name as SubcommandName])),
);

function stripPrefix(text: string): string {
  return text.replace(/^\s*\/unione\b/i, "").trim();
}

/** Words of the rest of the line; quotes group words ("terre del delta"). */
export function splitArguments(text: string): string[] {
  const words: string[] = [];
  for (const match of text.matchAll(/"([^"]*)"|'([^']*)'|“([^”]*)”|(\S+)/g)) {
    const word = match[1] ?? match[2] ?? match[3] ?? match[4] ?? "";
    if (word) words.push(word);
  }
  return words;
}

/**
 * A first word that is not a subcommand but looks like a mistyped one ("stauts", "bozzza") in a short line
 * without a question mark; anything else is a question.
 */
function looksLikeMistypedSubcommand(word: string, rest: string, fullText: string): string[] | null {
  if (fullText.includes("?") || rest.split(/\s+/).filter(Boolean).length > 3 || word.length < 4) return null;
  const close = [...aliasToName.keys()].filter((alias) => alias.length >= 4 && levenshtein(alias, word) <= 2);
  return close.length > 0 ? close.slice(0, 3) : null;
}

export function parseCommand(input: string): ParsedCommand {
  const text = stripPrefix(input);
  if (!text) return { name: "empty" };
  const first = text.split(/\s+/)[0] ?? "";
  const rest = text.slice(first.length).trim();
  const name = aliasToName.get(first.toLowerCase());
  if (!name) {
    const suggestions = looksLikeMistypedSubcommand(first.toLowerCase(), rest, text);
    if (suggestions) return { name: "unknown", word: first, suggestions };
    return { name: "ask", question: text };
  }
  switch (name) {
    case "ask":
      return { name, question: rest };
    case "status":
    case "history":
    case "bind":
      return { name, unione: rest ? rest.replace(/^["'“]|["'”]$/g, "") : null };
    case "draft":
    case "update":
      return { name, args: splitArguments(rest) };
    default:
      return { name };
  }
}
