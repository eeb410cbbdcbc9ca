/** A change the record schema refused: `problems` are "path: message" lines (e.g. "functions.2.duration_years: …"). */
import { UnioneError } from "../core/errors.js";

export class InvalidRecordError extends UnioneError {
  readonly problems: string[];

  constructor(userMessage: string, problems: string[], unione: string) {
    super("INVALID_INPUT", userMessage, { detail: `modifica non valida di ${unione}` });
    this.name = "InvalidRecordError";
    this.problems = problems;
  }
}
