/**
 * Values as a person types them in `/unione aggiorna …`: "si", "sì", "no", "01/01/2025", "20.865",
 * "codigoro, goro, mesola", "tutti", "non noto". Each parser returns the typed value or throws an Italian
 * UnioneError("INVALID_INPUT") naming the field.
 */
import { UnioneError } from "../core/errors.js";
import { matchName, normalizeName } from "../core/fuzzy-match.js";
import type { ComuneRecord } from "../knowledge/record-schema.js";

export type FieldValue = string | number | boolean | string[] | null;

const unknownWords = new Set([
  "null",
  "nd",
  "n d",
  "non noto",
  "non nota",
  "sconosciuto",
  "da verificare",
  "nessun dato",
  "vuoto",
]);
const yesWords = new Set(["si", "s", "yes", "true", "vero", "1", "ok"]);
const noWords = new Set(["no", "n", "false", "falso", "0"]);

export function invalidValue(field: string, expected: string, raw: string): UnioneError {
  return new UnioneError(
    "INVALID_INPUT",
    `Valore non valido per il campo ${field}: atteso ${expected}, trovato "${raw}". Nessuna modifica salvata.`,
    {
      detail: `valore non valido per ${field}`,
    },
  );
}

/** True when the person typed a word meaning "unknown" (stored as null). */
export function isUnknownWord(raw: string): boolean {
  return raw.trim() === "-" || unknownWords.has(normalizeName(raw));
}

export function parseBoolean(field: string, raw: string): boolean {
  const word = normalizeName(raw);
  if (yesWords.has(word)) return true;
  if (noWords.has(word)) return false;
  throw invalidValue(field, "sì o no", raw);
}

/** "01/01/2025", "1/1/2025", "01-01-2025", "01.01.2025" or "2025-01-01" -> "2025-01-01" (checked to exist). */
export function parseDate(field: string, raw: string): string {
  const text = raw.trim();
  const italian = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const iso = italian ? `${italian[3]}-${italian[2]!.padStart(2, "0")}-${italian[1]!.padStart(2, "0")}` : text;
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) {
    const parsed = new Date(`${iso}T00:00:00Z`);
    if (!Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(iso)) return iso;
  }
  throw invalidValue(field, "una data esistente nel formato gg/mm/aaaa", raw);
}

/** "5 anni" -> "5". No regex: `\s*anni?$` backtracks quadratically over a long run of spaces. */
function withoutYears(text: string): string {
  const lower = text.toLowerCase();
  const unit = ["anni", "anno"].find((word) => lower.endsWith(word));
  return unit ? text.slice(0, -unit.length).trimEnd() : text;
}

/** "5", "5 anni", "20.865" -> a positive integer. */
export function parseInteger(field: string, raw: string): number {
  const text = withoutYears(raw.trim());
  if (/^\d{1,3}(\.\d{3})+$/.test(text) || /^\d+$/.test(text)) {
    const value = Number(text.replace(/\./g, ""));
    if (Number.isSafeInteger(value) && value > 0) return value;
  }
  throw invalidValue(field, "un numero intero positivo", raw);
}

/** An enum value; `values` maps normalized spellings (Italian variants included) to the stored value. */
export function parseChoice(field: string, raw: string, values: Record<string, string>): string {
  const value = values[normalizeName(raw)];
  if (value !== undefined) return value;
  const allowed = [...new Set(Object.values(values))].join(", ");
  throw invalidValue(field, `uno tra ${allowed}`, raw);
}

function matchComune(piece: string, comuni: ComuneRecord[]): string | null {
  return matchName(
    piece,
    comuni.map((comune) => ({ value: comune.id, names: [comune.id, comune.name] })),
  );
}

/** "codigoro, goro, mesola", "Codigoro Goro", "tutti", "nessuno" -> member ids, in member order. */
export function parseComuni(field: string, raw: string, comuni: ComuneRecord[]): string[] {
  const word = normalizeName(raw);
  if (word === "tutti" || word === "tutti i comuni") return comuni.map((comune) => comune.id);
  if (word === "nessuno" || word === "nessun comune") return [];
  const found = new Set<string>();
  for (const piece of raw
    .split(/[,;]+/)
    .map((item) => item.trim())
    .filter(Boolean)) {
    const whole = matchComune(piece, comuni);
    const parts = whole ? [whole] : piece.split(/\s+/).map((part) => matchComune(part, comuni));
    const unknown = parts.indexOf(null);
    if (unknown >= 0 || parts.length === 0) {
      const members = comuni.map((comune) => comune.id).join(", ");
      throw new UnioneError(
        "INVALID_INPUT",
        `Valore non valido per il campo ${field}: "${piece}" non è un Comune dell'Unione (Comuni aderenti: ${members}). Nessuna modifica salvata.`,
        {
          detail: `Comune sconosciuto in ${field}`,
        },
      );
    }
    for (const part of parts) found.add(part!);
  }
  return comuni.map((comune) => comune.id).filter((id) => found.has(id));
}
