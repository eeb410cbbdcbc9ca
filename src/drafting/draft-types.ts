/** Drafts of acts; `Draft` serialises to the `draft --json` contract. */
import type { RequestContext } from "../core/types.js";

export interface DraftRequest {
  /** Template id: convenzione | regolamento | piano-comunicazione | piano-formativo | programmazione-personale. */
  tipo: string;
  /** Function code or loose name (for convenzione and regolamento). */
  funzione?: string | null;
  /** Unione id or loose name; defaults to the channel's bound Unione. */
  unione?: string | null;
  /** Only this section (id or number). */
  sezione?: string | null;
  /** Free-text instructions for the optional LLM refinement. */
  istruzioni?: string | null;
}

export interface DraftSection {
  id: string;
  title: string;
  text: string;
  /** Legal references the section rests on, as cited in the knowledge base ("L.R. 21/2012 art. 24 c.4"). */
  sources: string[];
  /** 1-based position of the section in its template (for "Art. N"); optional (drafts stored before it existed lack it). */
  number?: number;
  /** The closing of the act (formula and signatures): shown after the articles, without a number. */
  unnumbered?: boolean;
}

export interface Draft {
  tipo: string;
  /** Italian name of the act, e.g. "Convenzione per il conferimento all'Unione della funzione Protezione civile". */
  title: string;
  unione: string;
  unioneName: string;
  funzione: string | null;
  sections: DraftSection[];
  /** What is still to be completed: each is also a visible "[DA COMPLETARE: …]" in the text. */
  missing: string[];
  /** What the segretario should double-check (references not confirmed, dates taken from a plan). */
  verify?: string[];
  /** Set when the draft is of the fictional example Unione. */
  example?: boolean;
  /** Notice for the user (e.g. the model failed and the template text stands). */
  notice?: string;
  /** "articoli" (Art. 1, Art. 2… for acts) or "paragrafi" (1., 2.… for plans); optional (drafts stored before it existed lack it). */
  numbering?: "articoli" | "paragrafi";
}

/** The drafting use case. */
export interface DraftService {
  /** Template ids with their Italian names. */
  types(): { id: string; name: string }[];
  draft(request: DraftRequest, context: RequestContext): Promise<Draft>;
  toDocx(draft: Draft): Promise<Buffer>;
}
