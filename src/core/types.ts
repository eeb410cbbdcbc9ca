/** Shared types of the transport-neutral core. */

/** Where a passage comes from: decided by the folder it sits in under the knowledge directory. */
export type SourceKind = "law" | "template" | "record" | "document";

/** Metadata kept with every indexed passage; `unione` is null for law, templates and shared documents. */
export interface ChunkMeta {
  id: string;
  path: string;
  title: string;
  kind: SourceKind;
  unione: string | null;
  /** Like "art. 24 c.4" when the passage sits under an article heading. */
  article: string | null;
  /** 1-based page number when the source is a PDF. */
  page: number | null;
  /** The administrative act the passage belongs to, when its document is one (recognised at ingestion). */
  act?: SourceAct;
  /** For deliberations, determinazioni, ordinanze and decreti: the part of the act the passage sits in. */
  section?: ActSectionName;
  /** True when the passage's page was read by OCR (a scan): its text may hold reading errors. */
  ocr?: boolean;
}

/** The parts of an act a passage may be in; only the dispositivo decides. */
export type ActSectionName = "oggetto" | "premesse" | "dispositivo";

/** An act as a filter or a citation names it: kind, organ, number, date (values as src/acts recognises them). */
export interface SourceActRef {
  /** "delibera", "determinazione", "ordinanza", "decreto", "regolamento", "allegato", … */
  type: string | null;
  /** "giunta", "consiglio", "sindaco", "responsabile", … */
  organ: string | null;
  /** As printed: "42", "14-bis". */
  number: string | null;
  /** ISO "YYYY-MM-DD". */
  date: string | null;
  year: number | null;
}

/**
 * The act a passage belongs to. `ask --json` prints it as `act` ({type, number, date, subject} and these extras);
 * `label` is how an official names it ("Delibera di Giunta n. 42 del 24/03/2026", an annex "… (allegato alla
 * Delibera di Giunta n. 45 del 24/03/2026)"), ready to lead an answer about the act.
 */
export interface SourceAct extends SourceActRef {
  /** The OGGETTO or the title, one line. */
  subject: string | null;
  label: string;
  /** Determinazioni: "impegno", "liquidazione", "a contrarre", … */
  subKind: string | null;
  /** A determinazione's number in its service's own register, beside the general one in `number`. */
  sectorNumber: string | null;
  /** For an annex: the act it was published with. */
  parent: SourceActRef | null;
}

export interface Chunk extends ChunkMeta {
  text: string;
}

/** A retrieved passage, as printed by `ask --json`. */
export interface Source extends ChunkMeta {
  score: number;
  text: string;
}

/**
 * What a request may read. `public`: law, templates and documents not tied to an Unione.
 * `unione`: public plus that Unione's records and documents. `all`: everything (CLI operator, Slack admins).
 */
export type AccessScope = { kind: "public" } | { kind: "unione"; unione: string } | { kind: "all" };

export interface ConversationTurn {
  role: "user" | "assistant";
  text: string;
}

export interface AskResult {
  answer: string;
  mode: "llm" | "extractive";
  sources: Source[];
  /** False when retrieval found nothing relevant: the answer then says "Non ho trovato…". */
  found: boolean;
  /** One-line notice, e.g. the model failed and the answer is extractive. */
  notice?: string;
}

export interface AskOptions {
  scope: AccessScope;
  /** Bounded earlier turns of a Slack thread, oldest first. */
  history?: ConversationTurn[];
  topK?: number;
  /** Unioni whose texts must not answer (the fictional example Unione, unless the question is about it). */
  excludeUnioni?: string[];
  /** Unioni whose texts rank below the others (real Unioni the question does not name, outside their channel). */
  demoteUnioni?: string[];
}

/** Who is asking and from where; built by each transport. */
export interface RequestContext {
  requestId: string;
  transport: "slack" | "console" | "cli";
  user: string | null;
  channel: string | null;
  isAdmin: boolean;
  /** The Unione the channel is bound to, if any. */
  boundUnione: string | null;
  /**
   * True when the conversation is a direct message (Slack `D…`): it cannot be bound to an Unione, and an admin may
   * edit records there. Whether only the asker reads a reply is decided by the transport (the bot's own DM).
   */
  directMessage?: boolean;
  scope: AccessScope;
  history?: ConversationTurn[];
  /** Store each answer so the reply can carry 👍/👎 buttons that refer to it (Slack). */
  recordAnswer?: boolean;
}
