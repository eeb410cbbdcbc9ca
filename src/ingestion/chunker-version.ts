/**
 * The version of how text becomes passages and terms. The analyzer's version is part of it: stored BM25 terms must
 * be rebuilt when the analyzer changes. Kept apart from the chunker so that checking an index's freshness at start-up
 * loads nothing of the ingestion itself.
 */
import { analyzerVersion } from "../index-format/italian-analyzer.js";

export const chunkerVersion = `chunker-v16+${analyzerVersion}`;
