/**
 * The synonym expander of a knowledge folder, analysed once per glossary. Reading the glossary's YAML and stemming
 * its phrases is most of what `unione ask` spends before searching, on every question; the analysed groups are
 * kept in a file of the data folder under a fingerprint of what they come from (the glossary's bytes, the
 * built-in groups and the analyzer's version), so any change to one of them analyses again. A glossary with
 * problems is never kept: its warning is given at every start, as before. The cache is a convenience: a missing,
 * corrupt or unwritable file only means analysing again.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { Logger } from "../core/logger.js";
import { analyzerVersion } from "../index-format/italian-analyzer.js";
import { glossaryFile } from "../knowledge/glossary.js";
import { readGlossarySynonymGroups } from "./glossary-synonyms.js";
import {
  type AnalyzedGroup,
  analyzeSynonymGroups,
  builtinSynonymGroups,
  type SynonymExpander,
  synonymExpanderOf,
} from "./synonyms.js";

export function loadSynonymExpander(options: {
  knowledgeDir: string;
  /** Where the analysed groups are kept; null keeps nothing. */
  cacheFile: string | null;
  logger: Logger;
}): SynonymExpander {
  const key = fingerprint(options.knowledgeDir);
  const cached = options.cacheFile ? readCached(options.cacheFile, key) : null;
  if (cached) return synonymExpanderOf(cached);
  const glossary = readGlossarySynonymGroups(options.knowledgeDir, options.logger);
  const analyzed = analyzeSynonymGroups([...builtinSynonymGroups, ...glossary.groups]);
  if (options.cacheFile && glossary.clean) writeCached(options.cacheFile, key, analyzed);
  return synonymExpanderOf(analyzed);
}

function fingerprint(knowledgeDir: string): string {
  const hash = createHash("sha256").update(`${analyzerVersion}\0${JSON.stringify(builtinSynonymGroups)}\0`);
  try {
    hash.update(readFileSync(join(knowledgeDir, glossaryFile)));
  } catch {
    hash.update("\0senza glossario\0");
  }
  return hash.digest("hex");
}

function readCached(file: string, key: string): AnalyzedGroup[] | null {
  try {
    const data = JSON.parse(readFileSync(file, "utf8")) as { key?: unknown; groups?: unknown };
    return data.key === key && isAnalyzedGroups(data.groups) ? data.groups : null;
  } catch {
    return null;
  }
}

function isAnalyzedGroups(value: unknown): value is AnalyzedGroup[] {
  return (
    Array.isArray(value) &&
    value.every(
      (group) =>
        Array.isArray(group) &&
        group.every(
          (phrase) =>
            typeof phrase?.trigger === "boolean" &&
            Array.isArray(phrase.terms) &&
            phrase.terms.every((term: unknown) => typeof term === "string"),
        ),
    )
  );
}

/** Written aside and renamed: a reader never sees half a file. */
function writeCached(file: string, key: string, groups: AnalyzedGroup[]): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, JSON.stringify({ key, groups }));
    renameSync(partial, file);
  } catch {
    // A read-only data folder: analyse again next time.
  }
}
