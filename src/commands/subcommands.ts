/**
 * The one table of subcommands: every word each one answers to in chat (`/unione …`, mentions, the console)
 * and on the command line (`unione …`). The lists differ on purpose: a Slack user who types "ingest" is asking a
 * question, while the CLI keeps the names its scripts already use. The first chat word is the name shown in help.
 */
export type SubcommandName =
  | "ask"
  | "status"
  | "draft"
  | "sources"
  | "help"
  | "bind"
  | "unbind"
  | "reindex"
  | "update"
  | "evidence"
  | "history"
  | "check"
  | "stats"
  | "export"
  | "schema"
  | "serve"
  | "console"
  | "record-form"
  | "record-edit";

export interface Subcommand {
  chat: readonly string[];
  cli: readonly string[];
  /** Only configured admins may run it in chat (the command-line operator is always trusted). */
  admin: boolean;
}

export const subcommands: Readonly<Record<SubcommandName, Subcommand>> = {
  ask: { chat: ["chiedi", "ask", "domanda"], cli: ["ask", "chiedi"], admin: false },
  status: { chat: ["stato", "status"], cli: ["status", "stato"], admin: false },
  draft: { chat: ["bozza", "draft"], cli: ["draft", "bozza"], admin: false },
  sources: { chat: ["fonti", "sources"], cli: [], admin: false },
  help: { chat: ["aiuto", "help", "?"], cli: ["help", "--help", "-h"], admin: false },
  bind: { chat: ["collega", "bind"], cli: [], admin: true },
  unbind: { chat: ["scollega", "unbind"], cli: [], admin: true },
  reindex: { chat: ["aggiorna-indice", "reindex"], cli: ["ingest"], admin: true },
  update: { chat: ["aggiorna", "update"], cli: ["update", "aggiorna"], admin: true },
  evidence: { chat: ["evidenze", "evidence"], cli: ["evidence", "evidenze"], admin: true },
  history: { chat: ["storico", "history"], cli: ["history", "storico"], admin: false },
  check: { chat: [], cli: ["check"], admin: false },
  stats: { chat: [], cli: ["stats"], admin: false },
  export: { chat: [], cli: ["export"], admin: true },
  schema: { chat: [], cli: ["schema"], admin: true },
  serve: { chat: [], cli: ["serve"], admin: false },
  console: { chat: [], cli: ["console"], admin: false },
  // The data-entry forms: reached from the buttons of a status message, never typed.
  "record-form": { chat: [], cli: [], admin: true },
  "record-edit": { chat: [], cli: [], admin: true },
};

function aliasMap(surface: "chat" | "cli"): ReadonlyMap<string, SubcommandName> {
  return new Map(
    (Object.entries(subcommands) as [SubcommandName, Subcommand][]).flatMap(([name, spec]) =>
      spec[surface].map((alias) => [alias, name] as const),
    ),
  );
}

const chatAliases = aliasMap("chat");
const cliAliases = aliasMap("cli");

/** The subcommand a word names where it was typed, or null. Chat words are case-insensitive. */
export function subcommandOf(word: string, surface: "chat" | "cli"): SubcommandName | null {
  return surface === "chat" ? (chatAliases.get(word.toLowerCase()) ?? null) : (cliAliases.get(word) ?? null);
}

/** Every chat word, for "forse intendevi…" suggestions. */
export function chatWords(): string[] {
  return [...chatAliases.keys()];
}

export function isAdminOnly(name: SubcommandName): boolean {
  return subcommands[name].admin;
}
