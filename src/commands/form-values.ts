/**
 * Reading the values of a submitted form: each field is checked on its own, and every problem is kept under the
 * field's key so the form can show it beside the input. Nothing is saved unless every field is valid.
 */
import { isUnioneError, UnioneError } from "../core/errors.js";
import type { SourceSummary } from "../ingestion/index-service.js";
import { parseDate, parseInteger } from "../records/update-values.js";

/** A form that cannot be saved: Italian messages by field key, and one summary line. */
export class FormError extends UnioneError {
  readonly fields: Record<string, string>;

  constructor(fields: Record<string, string>) {
    const count = Object.keys(fields).length;
    super(
      "INVALID_INPUT",
      `${count === 1 ? "Un campo non è valido" : `${count} campi non sono validi`}: ${Object.values(fields).join("; ")}. Nessuna modifica salvata.`,
      { detail: `modulo non valido: ${Object.keys(fields).join(", ")}` },
    );
    this.name = "FormError";
    this.fields = fields;
  }
}

/** Collects field problems while a form is read. */
export class FieldProblems {
  readonly fields: Record<string, string> = {};

  /** The value read by `read`, or null after recording its problem under `key`. */
  take<T>(key: string, read: () => T): T | null {
    try {
      return read();
    } catch (error) {
      if (!isUnioneError(error)) throw error;
      this.fields[key] = error.userMessage.replace(/ Nessuna modifica salvata\.$/, "");
      return null;
    }
  }

  add(key: string, message: string): void {
    this.fields[key] ??= message;
  }

  throwIfAny(): void {
    if (Object.keys(this.fields).length > 0) throw new FormError(this.fields);
  }
}

/** A date input ("2025-01-01" from a date picker, or typed "01/01/2025"); empty means unknown. */
export function optionalDate(label: string, raw: string | null | undefined): string | null {
  const text = raw?.trim() ?? "";
  return text ? parseDate(label, text) : null;
}

/** A whole number of years; empty means unknown. */
export function optionalYears(label: string, raw: string | null | undefined): number | null {
  const text = raw?.trim() ?? "";
  return text ? parseInteger(label, text) : null;
}

/** "si" | "no" | anything else (unknown) -> true | false | null. */
export function triState(raw: string | null | undefined): boolean | null {
  if (raw === "si") return true;
  if (raw === "no") return false;
  return null;
}

/** The indexed document of an act with this number and date, when ingestion recognised one. */
export function indexedAct(sources: SourceSummary[], number: string | null, date: string | null): SourceSummary | null {
  if (!number || !date) return null;
  const wanted = number.trim().toLowerCase();
  return (
    sources.find((source) => source.act?.date === date && (source.act.number ?? "").trim().toLowerCase() === wanted) ??
    null
  );
}
