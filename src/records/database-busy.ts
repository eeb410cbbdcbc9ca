/**
 * SQLite answers SQLITE_BUSY when another process kept the write lock past the busy timeout (5 s, database.ts):
 * the operator gets an Italian message to retry instead of "errore interno", and nothing was written.
 */
import { UnioneError } from "../core/errors.js";

export function whenDatabaseFree<T>(action: () => T): T {
  try {
    return action();
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === "string" && code.startsWith("SQLITE_BUSY")) {
      throw new UnioneError(
        "INTERNAL",
        "Il database è occupato da un'altra operazione (per esempio un aggiornamento dalla riga di comando): nessuna modifica salvata, riprova tra qualche secondo.",
        { detail: code, cause: error },
      );
    }
    throw error;
  }
}
