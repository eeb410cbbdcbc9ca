/** Stable error codes; each maps to an exit code for the CLI. */
export type ErrorCode =
  | "BAD_USAGE"
  | "NOT_FOUND"
  | "FORBIDDEN"
  | "INVALID_INPUT"
  | "INVALID_KNOWLEDGE"
  | "INDEX_MISSING"
  | "RATE_LIMITED"
  | "LLM_FAILED"
  /** Something else holds the resource (an ingest already running). */
  | "BUSY"
  | "INTERNAL";

const exitCodes: Record<ErrorCode, number> = {
  BAD_USAGE: 2,
  NOT_FOUND: 1,
  FORBIDDEN: 1,
  INVALID_INPUT: 1,
  INVALID_KNOWLEDGE: 1,
  INDEX_MISSING: 1,
  RATE_LIMITED: 1,
  LLM_FAILED: 1,
  BUSY: 1,
  INTERNAL: 1,
};

/**
 * An error whose `userMessage` is safe to show to an official (Italian, no internals);
 * `message` and `cause` carry the detail for the log.
 */
export class UnioneError extends Error {
  readonly code: ErrorCode;
  readonly userMessage: string;

  constructor(code: ErrorCode, userMessage: string, options: { detail?: string; cause?: unknown } = {}) {
    super(options.detail ?? userMessage, { cause: options.cause });
    this.name = "UnioneError";
    this.code = code;
    this.userMessage = userMessage;
  }

  get exitCode(): number {
    return exitCodes[this.code];
  }
}

export function isUnioneError(error: unknown): error is UnioneError {
  return error instanceof UnioneError;
}

/** File-system failures an operator can fix, with the reason in Italian. */
const fileSystemReasons: Record<string, string> = {
  EACCES: "permesso negato",
  EPERM: "operazione non permessa",
  EROFS: "il file system è in sola lettura",
  ENOSPC: "spazio su disco esaurito",
};

/** For a failed file operation (Node sets `code` and `path`): what went wrong and where, in Italian; else null. */
export function fileSystemMessage(error: unknown): string | null {
  const { code, path } = (error ?? {}) as { code?: unknown; path?: unknown };
  const reason = typeof code === "string" ? fileSystemReasons[code] : undefined;
  if (!reason) return null;
  const where = typeof path === "string" ? ` ${path}` : " un file o una cartella";
  return (
    `Non riesco a scrivere o leggere${where}: ${reason}. ` +
    "Controlla i permessi (l'utente che avvia il programma deve poterci scrivere) oppure indica un'altra cartella (--data per i dati, --knowledge per la conoscenza)."
  );
}

/** The Italian message to show for any error, never leaking internals. */
export function userMessageOf(error: unknown): string {
  if (isUnioneError(error)) return error.userMessage;
  return (
    fileSystemMessage(error) ??
    "Si è verificato un errore interno. Riprova tra poco; se il problema persiste, avvisa l'amministratore."
  );
}
