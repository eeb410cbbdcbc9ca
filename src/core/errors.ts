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

/** The Italian message to show for any error, never leaking internals. */
export function userMessageOf(error: unknown): string {
  if (isUnioneError(error)) return error.userMessage;
  return "Si è verificato un errore interno. Riprova tra poco; se il problema persiste, avvisa l'amministratore.";
}
