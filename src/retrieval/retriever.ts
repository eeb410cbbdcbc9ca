import type { AccessScope, Source } from "../core/types.js";

/** Hybrid retrieval, used by answering and by drafting's optional LLM refinement. */
export interface Retriever {
  /** Best passages first; never returns passages outside `scope`. */
  search(query: string, scope: AccessScope, topK?: number): Promise<Source[]>;
}
