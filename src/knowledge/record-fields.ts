/**
 * The field types of the record schema, with real bounds: a record is edited live from Slack and the command line
 * and exported back to YAML, so nothing absurd (a date in year 1 or 9999, 10^15 inhabitants, a billion-year
 * conferral, 100 KB notes) and no control character (a newline in a name would become new YAML keys in an export
 * written by hand) may enter it. Messages are Italian: officials read them.
 */
import { z } from "zod";

/** Acts of the Unioni and their Comuni fall well inside this range; anything outside is a typing error. */
export const DATE_RANGE = { first: "1900-01-01", last: "2100-12-31" } as const;
/** More than any Italian Comune or Unione (Rome has about 2,8 million inhabitants). */
export const MAX_POPULATION = 5_000_000;
/** A conferral of functions lasts years, not centuries. */
export const MAX_DURATION_YEARS = 99;
export const MAX_NAME_CHARS = 200;
export const MAX_TITLE_CHARS = 500;
export const MAX_NOTE_CHARS = 2_000;

const dateMessage = "deve essere una data nel formato AAAA-MM-GG";

export const isoDate = z
  .string({ error: dateMessage })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: dateMessage })
  .refine((value) => !Number.isNaN(Date.parse(value)) && new Date(value).toISOString().startsWith(value), {
    error: "non è una data esistente",
  })
  .refine((value) => value >= DATE_RANGE.first && value <= DATE_RANGE.last, {
    error: "deve essere una data tra il 01/01/1900 e il 31/12/2100",
  });

export const slug = z.string({ error: "deve essere un codice testuale" }).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: "deve essere un codice in minuscolo con trattini (es. polizia-locale)",
});

/** Control characters (C0, DEL, C1) and the Unicode line and paragraph separators; a note may keep \n and \t. */
function hasControl(value: string, layoutAllowed: boolean): boolean {
  for (const char of value) {
    const code = char.codePointAt(0) ?? 0;
    if (layoutAllowed && (code === 0x0a || code === 0x09)) continue;
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029) return true;
  }
  return false;
}

/** A one-line text: a name, a title, an organ. */
export function line(max: number = MAX_NAME_CHARS) {
  return z
    .string({ error: "deve essere un testo" })
    .max(max, { error: `deve essere lungo al massimo ${max} caratteri` })
    .refine((value) => !hasControl(value, false), {
      error: "non può contenere a capo, tabulazioni o altri caratteri di controllo",
    });
}

/** A free note: may span lines, bounded in length. */
export const note = z
  .string({ error: "deve essere un testo" })
  .max(MAX_NOTE_CHARS, { error: `deve essere lunga al massimo ${MAX_NOTE_CHARS} caratteri` })
  .refine((value) => !hasControl(value, true), { error: "non può contenere caratteri di controllo" })
  .nullable()
  .default(null);

export const population = z
  .number()
  .int()
  .positive({ error: "la popolazione deve essere un intero positivo" })
  .max(MAX_POPULATION, { error: "la popolazione non può superare 5.000.000 di abitanti" })
  .nullable()
  .default(null);

export const populationYear = z.number().int().min(1900).max(2100).nullable().default(null);

export const durationYears = z
  .number()
  .int()
  .positive({ error: "la durata deve essere un numero intero di anni" })
  .max(MAX_DURATION_YEARS, { error: `la durata non può superare ${MAX_DURATION_YEARS} anni` })
  .nullable()
  .default(null);
