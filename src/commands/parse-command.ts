/**
 * Turns one line typed by a user into a command. Pure: no service calls. Names of Unioni, functions and
 * act types stay raw here; the router resolves them loosely against the records and the catalogue.
 */
import { levenshtein } from "../core/fuzzy-match.js";
import type { Command, StatusView } from "./command.js";
import { chatWords, subcommandOf } from "./subcommands.js";

export type ParsedCommand =
  | { name: "empty" }
  | Extract<
      Command,
      { name: "help" | "ask" | "status" | "sources" | "bind" | "unbind" | "reindex" | "history" | "evidence" }
    >
  | { name: "draft"; args: string[] }
  | { name: "update"; args: string[] }
  | { name: "unknown"; word: string; suggestions: string[] };

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
  const close = chatWords().filter((alias) => alias.length >= 4 && levenshtein(alias, word, 2) <= 2);
  return close.length > 0 ? close.slice(0, 3) : null;
}

/** `evidenze [unione]`, `evidenze conferma <id> [unione]`, `evidenze scarta <id> [unione]`. */
function parseEvidence(words: string[]): ParsedCommand {
  const action = words[0]?.toLowerCase();
  if ((action === "conferma" || action === "scarta") && words[1]) {
    const unione = words.slice(2).join(" ");
    return { name: "evidence", unione: unione || null, decision: { action, id: words[1] } };
  }
  return { name: "evidence", unione: words.join(" ") || null };
}

function unquote(text: string): string | null {
  return text ? text.replace(/^["'“]|["'”]$/g, "") : null;
}

/** Words that ask for another view of the status, wherever they sit: never part of an Unione's name. */
const jsonWords = /(?:^|\s)--json(?=\s|$)/i;
const fullWords = /(?:^|\s)(?:--tutto|--full|mostra\s+tutto|tutto|completo|elenco\s+completo)(?=\s|$)/i;
const everywhere = (pattern: RegExp) => new RegExp(pattern.source, "gi");

/** `/unione stato terre d'acqua --json`, `/unione stato delta mostra tutto`. */
export function parseStatus(rest: string): Extract<ParsedCommand, { name: "status" }> {
  const view: StatusView = {};
  let text = rest;
  if (jsonWords.test(text)) view.json = true;
  if (fullWords.test(text)) view.full = true;
  text = text.replace(everywhere(jsonWords), " ").replace(everywhere(fullWords), " ").replace(/\s+/g, " ").trim();
  const unione = unquote(text);
  return view.json || view.full ? { name: "status", unione, view } : { name: "status", unione };
}

export function parseCommand(input: string): ParsedCommand {
  const text = stripPrefix(input);
  if (!text) return { name: "empty" };
  const first = text.split(/\s+/)[0] ?? "";
  const rest = text.slice(first.length).trim();
  const name = subcommandOf(first, "chat");
  if (!name) {
    const suggestions = looksLikeMistypedSubcommand(first.toLowerCase(), rest, text);
    if (suggestions) return { name: "unknown", word: first, suggestions };
    return { name: "ask", question: text };
  }
  switch (name) {
    case "ask":
      return { name, question: rest };
    case "status":
      return parseStatus(rest);
    case "history":
    case "bind":
      return { name, unione: unquote(rest) };
    case "draft":
    case "update":
      return { name, args: splitArguments(rest) };
    case "evidence":
      return parseEvidence(splitArguments(rest));
    case "help":
    case "sources":
    case "unbind":
    case "reindex":
      return { name };
    default:
      // Command-line-only subcommands have no chat word: unreachable, but a question is the safe reading.
      return { name: "ask", question: text };
  }
}
