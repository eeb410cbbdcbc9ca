/** Resolving a typed Unione name under an access scope, with Italian messages for every failure. */

import { scopeAllows } from "../core/access.js";
import { UnioneError } from "../core/errors.js";
import { normalizeName } from "../core/fuzzy-match.js";
import type { AccessScope } from "../core/types.js";
import type { UnioneRecord } from "../knowledge/record-schema.js";
import type { RecordsService } from "../records/records-service.js";
import { echoed } from "./input-limits.js";

export function resolveUnione(records: RecordsService, name: string, scope: AccessScope): UnioneRecord {
  const record = records.resolve(name);
  if (!record) {
    const visible = records.suggest(name).filter((id) => scopeAllows(scope, id));
    const hint = visible.length > 0 ? ` Forse intendevi: ${visible.join(", ")}?` : "";
    throw new UnioneError("NOT_FOUND", `Non conosco un'Unione chiamata "${echoed(name)}".${hint}`);
  }
  assertVisible(record, scope);
  return record;
}

/**
 * The fictional example Unione holds no real data: its status and drafts may be shown wherever no real Unione
 * is bound (demos, unbound channels), but never inside a channel bound to a real Unione.
 */
export function isVisible(record: UnioneRecord, scope: AccessScope): boolean {
  return scopeAllows(scope, record.id) || (record.example && scope.kind === "public");
}

export function assertVisible(record: UnioneRecord, scope: AccessScope): void {
  if (isVisible(record, scope)) return;
  if (scope.kind === "unione") {
    throw new UnioneError(
      "FORBIDDEN",
      `Questo canale è collegato a un'altra Unione: qui posso mostrare solo i dati di quell'Unione. Per ${record.name} usa il suo canale.`,
    );
  }
  throw new UnioneError(
    "FORBIDDEN",
    "Questo canale non è collegato a nessuna Unione, quindi qui vedo solo la normativa e i modelli di atto. " +
      "Un amministratore può collegarlo con `/unione collega <unione>`.",
  );
}

/** The record whose id or full name is exactly `typed` (case, accents and punctuation aside), or null. */
function exactly(records: RecordsService, typed: string): UnioneRecord | null {
  const wanted = normalizeName(typed);
  const named = (record: UnioneRecord) => normalizeName(record.id) === wanted || normalizeName(record.name) === wanted;
  return records.get(typed) ?? records.list().find(named) ?? null;
}

/**
 * Splits leading words naming an Unione off a word list (up to 5 words), so "terre del delta protezione civile"
 * yields the Unione and ["protezione", "civile"]. An exact id or name wins over a longer loose reading: in
 * "terre-del-delta unione note X" the Unione is "terre-del-delta" and "unione" is the next word, not part of the
 * name. `leave` keeps at least that many words after the name (an update needs target, field and value).
 */
export function takeUnione(
  records: RecordsService,
  words: string[],
  options: { leave?: number } = {},
): { record: UnioneRecord | null; rest: string[] } {
  const longest = Math.min(5, words.length - (options.leave ?? 0));
  const prefix = (length: number) => words.slice(0, length).join(" ");
  for (let length = longest; length >= 1; length -= 1) {
    const record = exactly(records, prefix(length));
    if (record) return { record, rest: words.slice(length) };
  }
  for (let length = longest; length >= 1; length -= 1) {
    const record = records.resolve(prefix(length));
    if (!record) continue;
    // Loose matching ignores filler words ("unione", "del"): give back the ones the same match does not need,
    // so in "delta unione note X" the word "unione" stays for what follows the name.
    const shortest = Array.from({ length }, (_, index) => index + 1).find(
      (candidate) => records.resolve(prefix(candidate))?.id === record.id,
    );
    return { record, rest: words.slice(shortest ?? length) };
  }
  return { record: null, rest: words };
}
