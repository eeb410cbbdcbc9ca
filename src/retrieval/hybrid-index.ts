/**
 * One loaded index generation, searchable in memory: chunks, BM25, vectors. The access filter runs inside both
 * searches (before any truncation), so another Unione's records can never take or leave a slot in the results.
 */
import { scopeAllows } from "../core/access.js";
import type { AccessScope, Chunk, Source } from "../core/types.js";
import type { Bm25Index } from "../index-format/bm25-index.js";
import type { VectorIndex } from "../index-format/vector-index.js";
import type { WeightedTerm } from "../index-format/weighted-term.js";
import type { Embedder } from "../llm/embedder.js";
import { defaultFusion, type FusedHit, type FusionOptions, fuseRankings } from "./fusion.js";
import type { SynonymExpander } from "./synonyms.js";
import { isTableOfContents } from "./table-of-contents.js";
import { createTypoCorrector } from "./typo-correction.js";

export interface HybridIndexParts {
  generation: string;
  chunks: readonly Chunk[];
  keywords: Bm25Index;
  /** Null when the index was built by a different embedder than the one configured now. */
  vectors: VectorIndex | null;
}

export interface DetailedSearch {
  sources: Source[];
  /** Terms of the question and of its synonyms, with their weights. */
  terms: WeightedTerm[];
  /** For each returned source, the query terms it matched (BM25). */
  matchedTerms: string[][];
  /** With a filter: how many passages within the scope it accepts (0: what the question names is not indexed). */
  filterMatches?: number;
}

/**
 * Narrows a search to some passages, e.g. to the act a question names. Like the access scope, the filter runs
 * inside both searches before any truncation, so passages it rejects never take a slot in the results.
 */
export interface SearchNarrowing {
  filter?: (chunk: Chunk) => boolean;
}

/** Candidates taken from each ranking before fusion: enough for the fused top-k to be stable. */
const candidatesPerRanking = 60;

export interface HybridSearchOptions {
  embedder: Embedder;
  expander: SynonymExpander;
  fusion?: FusionOptions;
}

export function createHybridIndex(parts: HybridIndexParts, options: HybridSearchOptions) {
  const { chunks, keywords, vectors } = parts;
  const fusion = options.fusion ?? defaultFusion;
  const typos = createTypoCorrector(keywords);
  const tableOfContents = new Map<number, boolean>();
  const isIndexPage = (position: number): boolean => {
    let known = tableOfContents.get(position);
    if (known === undefined) {
      known = isTableOfContents(chunks[position]?.text ?? "");
      tableOfContents.set(position, known);
    }
    return known;
  };

  async function search(
    query: string,
    scope: AccessScope,
    topK: number,
    narrowing: SearchNarrowing = {},
  ): Promise<DetailedSearch> {
    const terms = typos.expand(options.expander.expand(query));
    const allow = allowed(chunks, scope, narrowing.filter);
    const limit = Math.max(candidatesPerRanking, topK * 4);
    const keywordHits = keywords.search(terms, allow ?? (() => true), limit);
    const vectorHits = vectors ? vectors.search(await options.embedder.embedQuery(query), allow, limit) : [];
    const fused = distinctUnits(
      demote(
        fuseRankings(
          keywordHits.map((hit) => hit.position),
          vectorHits.map((hit) => hit.position),
          fusion,
        ),
        isIndexPage,
      ),
      chunks,
      topK,
    );
    const matched = new Map(keywordHits.map((hit) => [hit.position, hit.terms]));
    const sources = fused.flatMap((hit) => {
      const chunk = chunks[hit.position];
      return chunk ? [{ ...chunk, score: Math.round(hit.score * 1000) / 1000 }] : [];
    });
    const matchedTerms = fused.map((hit) => matched.get(hit.position) ?? []);
    if (!narrowing.filter) return { sources, terms, matchedTerms };
    return { sources, terms, matchedTerms, filterMatches: countAllowed(chunks.length, allow!) };
  }

  return { generation: parts.generation, chunks, keywords, vectors, search };
}

export type HybridIndex = ReturnType<typeof createHybridIndex>;

/** The positions a search may return (null: all of them), from the access scope and an optional filter. */
function allowed(
  chunks: readonly Chunk[],
  scope: AccessScope,
  filter: ((chunk: Chunk) => boolean) | undefined,
): ((position: number) => boolean) | null {
  const inScope =
    scope.kind === "all" ? null : (position: number) => scopeAllows(scope, chunks[position]?.unione ?? null);
  if (!filter) return inScope;
  return (position: number) => {
    const chunk = chunks[position];
    return chunk !== undefined && (inScope === null || inScope(position)) && filter(chunk);
  };
}

function countAllowed(size: number, allow: (position: number) => boolean): number {
  let count = 0;
  for (let position = 0; position < size; position++) if (allow(position)) count++;
  return count;
}

/** Below this share of its score an index page (a list of article titles) stops outranking the articles. */
const tableOfContentsFactor = 0.5;

/**
 * An index page names every article of a regolamento, so it matches many questions, but it answers none: the
 * article page must come first. Demoted, not dropped: "com'è organizzato il regolamento?" may still want it.
 */
function demote(fused: FusedHit[], isIndexPage: (position: number) => boolean): FusedHit[] {
  if (!fused.some((hit) => isIndexPage(hit.position))) return fused;
  return fused
    .map((hit) => (isIndexPage(hit.position) ? { ...hit, score: hit.score * tableOfContentsFactor } : hit))
    .sort((left, right) => right.score - left.score || left.position - right.position);
}

/**
 * Two pieces of the same article on the same page say the same thing twice and push another source out of the
 * top k: keep the best-ranked piece of each (path, article, page) unit. Passages with neither article nor page
 * are all kept, since nothing says they repeat each other. The parts of an act on one page (its OGGETTO, its
 * premesse, its dispositivo) are different units.
 */
function distinctUnits(fused: FusedHit[], chunks: readonly Chunk[], topK: number): FusedHit[] {
  const seen = new Set<string>();
  const kept: FusedHit[] = [];
  for (const hit of fused) {
    if (kept.length >= topK) break;
    const chunk = chunks[hit.position];
    if (!chunk) continue;
    const key =
      chunk.article !== null || chunk.page !== null
        ? `${chunk.path}|${chunk.article}|${chunk.page}|${chunk.section ?? ""}`
        : null;
    if (key && seen.has(key)) continue;
    if (key) seen.add(key);
    kept.push(hit);
  }
  return kept;
}
