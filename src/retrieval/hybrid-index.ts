/**
 * One loaded index generation, searchable in memory: chunks, BM25, vectors. The access filter runs inside both
 * searches (before any truncation), so another Unione's records can never take or leave a slot in the results.
 */
import { scopeAllows } from "../core/access.js";
import type { AccessScope, Chunk, Source } from "../core/types.js";
import type { Bm25Index, KeywordHit } from "../index-format/bm25-index.js";
import { analyze } from "../index-format/italian-analyzer.js";
import type { VectorIndex } from "../index-format/vector-index.js";
import type { WeightedTerm } from "../index-format/weighted-term.js";
import type { Embedder } from "../llm/embedder.js";
import { withoutExcluded } from "./excluded-terms.js";
import { blendRanking, defaultFusion, type FusionOptions, fuseRankings } from "./fusion.js";
import { type ArticleNotIndexed, articleNotIndexed, buildLawArticleIndex } from "./law-articles.js";
import { lawScope, regionalLawNumbers } from "./law-scope.js";
import { buildPassageGroups, distinctUnits, unitText } from "./passage-groups.js";
import { createShapePrior } from "./shape-prior.js";
import type { SynonymExpander } from "./synonyms.js";
import { createTypoCorrector } from "./typo-correction.js";
import { createFamilyExpander } from "./word-families.js";
import { expandYearRanges } from "./year-ranges.js";

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
  /** For each returned source, the whole unit (article, comma or page) it belongs to. */
  units: string[];
  /** With an `include` filter: how many passages within the scope it accepts (0: what was named is not indexed). */
  filterMatches?: number;
  /** Laws the question names by number that no indexed document is about ("dlgs 152/2006"). */
  lawsNotIndexed?: string[];
  /** An article the question names of an indexed law whose indexed text neither holds nor mentions it. */
  articleNotIndexed?: ArticleNotIndexed;
}

/** Candidates taken from each ranking before fusion: enough for the fused top-k to be stable. */
const candidatesPerRanking = 60;
/** Passages scored by words before their page or article is taken into account. */
const keywordCandidates = 200;

export interface RankingOptions {
  /** Weight of the passage's page (or article) BM25 beside its own, both scaled to the best hit. */
  contextWeight: number;
  /** Multiplier of a template's score: a model to fill answers only when nothing else does. */
  templatePrior: number;
  /** Added, on the same scale, to a passage of the document that is the law the question names. */
  lawWeight: number;
  /**
   * Multiplier of the fused score of such a passage: the law named is where to look, whatever the vectors and
   * the pages say. Dev sets: 1 → 1.2 makes "siamo a posto con la legge regionale?" answered by L.R. 21/2012
   * instead of an organigram (law 0.893 → 0.903), acts unchanged; 1.5 changes nothing more.
   */
  lawPrior: number;
  /**
   * Weight of a third ranking fused with the passages' and the vectors': pages (or articles) by their own BM25,
   * each represented by its best passage — what plain page search does well on real acts, where the page that
   * holds all the question's words is the answer even when no single passage does. Dev sets: 0 → acts hit@1
   * 0.545, law 0.84; 0.3 → 0.564, 0.83; 0.6 → 0.573, 0.82.
   */
  pageRankWeight: number;
}

export const defaultRanking: RankingOptions = {
  contextWeight: 0.8,
  templatePrior: 0.35,
  lawWeight: 0.5,
  lawPrior: 1.2,
  pageRankWeight: 0.3,
};

export interface HybridSearchOptions {
  embedder: Embedder;
  expander: SynonymExpander;
  fusion?: FusionOptions;
  ranking?: RankingOptions;
}

/** Like the access scope, a filter runs inside both searches before any truncation. */
export interface SearchFilter {
  /** Passages a search must not return (e.g. the fictional example Unione's texts in an answer). */
  exclude?: (chunk: Chunk) => boolean;
  /** The only passages a search may return (e.g. those of the act a question names). */
  include?: (chunk: Chunk) => boolean;
  /** Passages that rank below the others (multiplied by `demotedPrior`) but may still answer. */
  demote?: (chunk: Chunk) => boolean;
  /** The question asks about acts' closing blocks (signatures, publication): they are not ranked down. */
  aboutClosing?: boolean;
}

export function createHybridIndex(parts: HybridIndexParts, options: HybridSearchOptions) {
  const { chunks, keywords, vectors } = parts;
  const fusion = options.fusion ?? defaultFusion;
  const ranking = options.ranking ?? defaultRanking;
  const typos = createTypoCorrector(keywords);
  const families = createFamilyExpander(keywords);
  const groups = buildPassageGroups(chunks);
  const contexts = keywords.grouped(groups.contextOf, groups.contextCount);
  const firstOfContext = new Uint32Array(groups.contextCount).fill(chunks.length);
  for (let position = chunks.length - 1; position >= 0; position--)
    firstOfContext[groups.contextOf[position]!] = position;
  const titles = new Map<string, Set<string>>();
  for (const chunk of chunks) if (!titles.has(chunk.title)) titles.set(chunk.title, new Set(analyze(chunk.title)));
  const titleTerms = new Set([...titles.values()].flatMap((terms) => [...terms]));
  const regionalLaws = regionalLawNumbers(titles.values());
  const shapePrior = createShapePrior(chunks);
  const lawArticles = buildLawArticleIndex(chunks);

  async function search(
    query: string,
    scope: AccessScope,
    topK: number,
    filter: SearchFilter = {},
  ): Promise<DetailedSearch> {
    const { kept: question, excluded } = withoutExcluded(expandYearRanges(query));
    const scoped = lawScope(
      question,
      families.expand(typos.expand(options.expander.expand(question))),
      titleTerms,
      regionalLaws,
    );
    const terms = scoped.passageTerms;
    const ofNamedLaw = (position: number): boolean => {
      const title = titles.get(chunks[position]?.title ?? "");
      return title !== undefined && [...scoped.lawTerms].some((term) => term.includes("_") && title.has(term));
    };
    const allow = (position: number): boolean => {
      const chunk = chunks[position];
      if (!chunk || (scope.kind !== "all" && !scopeAllows(scope, chunk.unione))) return false;
      return !filter.exclude?.(chunk) && (filter.include?.(chunk) ?? true);
    };
    const limit = Math.max(candidatesPerRanking, topK * 4);
    const keywordHits = keywords.search(terms, allow, keywordCandidates);
    const contextHits = contexts.search(terms, (context) => allow(firstOfContext[context]!), keywordCandidates);
    const lawBonus = (position: number) => (scoped.lawTerms.size > 0 && ofNamedLaw(position) ? ranking.lawWeight : 0);
    const keywordRanking = withContext(
      keywordHits,
      contextHits,
      groups.contextOf,
      ranking.contextWeight,
      lawBonus,
    ).slice(0, limit);
    const restricted = scope.kind !== "all" || filter.exclude !== undefined || filter.include !== undefined;
    const vectorHits = vectors
      ? vectors.search(await options.embedder.embedQuery(question), restricted ? allow : null, limit)
      : [];
    const fused = blendRanking(
      fuseRankings(
        keywordRanking,
        vectorHits.map((hit) => hit.position),
        fusion,
      ),
      bestPassageOfContexts(contextHits, keywordRanking, groups.contextOf),
      ranking.pageRankWeight,
      fusion.rankConstant,
    );
    const prior = (position: number) =>
      (excluded.length > 0 && aboutExcluded(chunks[position]!, excluded) ? excludedPrior : 1) *
      (chunks[position]?.kind === "template" ? ranking.templatePrior : 1) *
      (filter.demote?.(chunks[position]!) ? demotedPrior : 1) *
      shapePrior(position, filter.aboutClosing) *
      (scoped.lawTerms.size > 0 && ofNamedLaw(position) ? ranking.lawPrior : 1);
    const adjusted = fused
      .map((hit) => ({ ...hit, score: hit.score * prior(hit.position) }))
      .sort((left, right) => right.score - left.score || left.position - right.position);
    const kept = distinctUnits(adjusted, chunks, groups, topK);
    const matched = new Map(keywordHits.map((hit) => [hit.position, hit.terms]));
    const sources = kept.map((hit) => ({ ...chunks[hit.position]!, score: Math.round(hit.score * 1000) / 1000 }));
    const missingArticle = articleNotIndexed(question, lawArticles);
    const result: DetailedSearch = {
      sources,
      terms,
      matchedTerms: kept.map((hit) => matched.get(hit.position) ?? []),
      units: kept.map((hit) => unitText(chunks, hit.range, hit.position)),
      ...(scoped.notIndexed.length > 0 ? { lawsNotIndexed: scoped.notIndexed } : {}),
      ...(missingArticle ? { articleNotIndexed: missingArticle } : {}),
    };
    return filter.include ? { ...result, filterMatches: countAllowed(chunks.length, allow) } : result;
  }

  return { generation: parts.generation, chunks, keywords, vectors, search };
}

/**
 * Passages ordered by their own BM25 plus their page's (or article's), each scaled to the best hit: the passage
 * says where exactly, the page says whether the whole question is there.
 */
function withContext(
  passages: KeywordHit[],
  contexts: KeywordHit[],
  contextOf: Uint32Array,
  weight: number,
  bonus: (position: number) => number,
): number[] {
  const bestPassage = passages[0]?.score || 1;
  const bestContext = contexts[0]?.score || 1;
  const contextScore = new Map(contexts.map((hit) => [hit.position, hit.score / bestContext]));
  return passages
    .map((hit) => ({
      position: hit.position,
      score: hit.score / bestPassage + weight * (contextScore.get(contextOf[hit.position]!) ?? 0) + bonus(hit.position),
    }))
    .sort((left, right) => right.score - left.score || left.position - right.position)
    .map((hit) => hit.position);
}

/** Pages (or articles) in their own BM25 order, each as its best-ranked passage. */
function bestPassageOfContexts(contexts: KeywordHit[], passageRanking: number[], contextOf: Uint32Array): number[] {
  const best = new Map<number, number>();
  for (const position of passageRanking) {
    const context = contextOf[position]!;
    if (!best.has(context)) best.set(context, position);
  }
  return contexts.flatMap((hit) => {
    const position = best.get(hit.position);
    return position === undefined ? [] : [position];
  });
}

export type HybridIndex = ReturnType<typeof createHybridIndex>;

function countAllowed(size: number, allow: (position: number) => boolean): number {
  let count = 0;
  for (let position = 0; position < size; position++) if (allow(position)) count++;
  return count;
}

/** Share of its score kept by a passage about what the question sets aside ("(non mozione)"). */
const excludedPrior = 0.6;

function aboutExcluded(chunk: Chunk, excluded: string[]): boolean {
  const terms = new Set(analyze(`${chunk.article ?? ""} ${chunk.text}`));
  return excluded.some((term) => terms.has(term));
}

/** Share of its score kept by a demoted passage (an Unione's records the question is not about). */
const demotedPrior = 0.5;
