/**
 * The hybrid search as a LangChain `BaseRetriever`, so the knowledge base can feed any LangChain chain. The scope
 * is fixed when the retriever is created and kept in a private frozen copy: nothing a chain passes at run time
 * (input, config, callbacks) can widen it, so a retriever made for one Unione never returns another's records.
 * Each Document carries the passage's metadata (path, title, article, page, Unione, score) for citations.
 */
import type { Document as LangChainDocument } from "@langchain/core/documents";
import { Document } from "@langchain/core/documents";
import { BaseRetriever, type BaseRetrieverInput } from "@langchain/core/retrievers";
import { scopeAllows } from "../core/access.js";
import type { AccessScope, Source } from "../core/types.js";
import type { Retriever } from "./retriever.js";

export interface ScopedRetrieverInput extends BaseRetrieverInput {
  retriever: Retriever;
  scope: AccessScope;
  /** Passages per query (5 by default). */
  topK?: number;
}

export class ScopedRetriever extends BaseRetriever {
  static override lc_name(): string {
    return "UnioneScopedRetriever";
  }

  override lc_namespace = ["unione", "retrievers"];
  readonly #search: Retriever;
  readonly #scope: Readonly<AccessScope>;
  readonly #topK: number;

  constructor({ retriever, scope, topK, ...fields }: ScopedRetrieverInput) {
    super(fields);
    this.#search = retriever;
    this.#scope = Object.freeze({ ...scope });
    this.#topK = topK ?? 5;
  }

  /** The scope this retriever answers for (a copy: changing it changes nothing). */
  get scope(): AccessScope {
    return { ...this.#scope };
  }

  override async _getRelevantDocuments(query: string): Promise<LangChainDocument[]> {
    const sources = await this.#search.search(query, this.#scope, this.#topK);
    // Defence in depth: the search filters inside already; a retriever must still never leak on its own.
    return sources.filter((source) => scopeAllows(this.#scope, source.unione)).map(toDocument);
  }
}

export function toDocument(source: Source): LangChainDocument {
  const { text, ...metadata } = source;
  return new Document({ pageContent: text, metadata, id: source.id });
}

/** Back from a Document of this retriever to the passage, e.g. to format it as the answer layer does. */
export function toSource(document: LangChainDocument): Source {
  return { ...(document.metadata as Omit<Source, "text">), text: document.pageContent };
}
