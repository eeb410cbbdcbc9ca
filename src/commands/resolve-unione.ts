/** Resolving a typed Unione name under an access scope, with Italian messages for every failure. */

import { scopeAllows } from "../core/access.js";
import { UnioneError } from "../core/errors.js";
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

/**
 * Splits leading words naming an Unione off a word list: tries the longest prefix first (up to 5 words),
 * so "terre del delta protezione civile" yields the Unione and ["protezione", "civile"].
 */
export function takeUnione(records: RecordsService, words: string[]): { record: UnioneRecord | null; rest: string[] } {
  for (let length = Math.min(5, words.length); length >= 1; length -= 1) {
    const record = records.resolve(words.slice(0, length).join(" "));
    if (record) return { record, rest: words.slice(length) };
  }
  return { record: null, rest: words };
}
