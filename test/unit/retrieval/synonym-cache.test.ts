/**
 * The analysed synonym groups are kept in the data folder and used while the glossary is unchanged. Tried: a cache
 * file whose groups were replaced (it must be what the expander uses), a glossary edited afterwards (the cache
 * must be ignored), a corrupt cache file and a glossary with a problem (never kept).
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { silentLogger } from "../../../src/core/logger.js";
import { analyze } from "../../../src/index-format/italian-analyzer.js";
import { loadSynonymExpander } from "../../../src/retrieval/synonym-cache.js";

function setup() {
  const root = mkdtempSync(join(tmpdir(), "unione-synonyms-"));
  const knowledgeDir = join(root, "knowledge");
  cpSync(resolve("knowledge/glossary"), join(knowledgeDir, "glossary"), { recursive: true });
  return { knowledgeDir, cacheFile: join(root, "data", "cache", "synonyms.json") };
}

const expandedTerms = (expander: ReturnType<typeof loadSynonymExpander>, question: string) =>
  expander
    .expand(question)
    .filter((term) => term.weight < 1)
    .map((term) => term.term);

describe("synonym cache", () => {
  it("uses the kept groups while the glossary is unchanged and analyses again once it changes", () => {
    const { knowledgeDir, cacheFile } = setup();
    const options = { knowledgeDir, cacheFile, logger: silentLogger() };
    const fresh = loadSynonymExpander(options);
    expect(expandedTerms(fresh, "chi paga i vigili?")).toContain("poliz");
    const kept = JSON.parse(readFileSync(cacheFile, "utf8")) as { key: string; groups: unknown[] };
    writeFileSync(
      cacheFile,
      JSON.stringify({
        key: kept.key,
        groups: [
          [
            { terms: analyze("zzprova"), trigger: true },
            { terms: analyze("zzaltro"), trigger: true },
          ],
        ],
      }),
    );
    expect(expandedTerms(loadSynonymExpander(options), "zzprova")).toEqual(analyze("zzaltro"));
    writeFileSync(
      join(knowledgeDir, "glossary", "glossario.yaml"),
      `${readFileSync(join(knowledgeDir, "glossary", "glossario.yaml"), "utf8")}\n# modificato\n`,
    );
    expect(expandedTerms(loadSynonymExpander(options), "zzprova")).toEqual([]);
    writeFileSync(cacheFile, "{ non json");
    expect(expandedTerms(loadSynonymExpander(options), "chi paga i vigili?")).toContain("poliz");
  });

  it("keeps nothing from a glossary with a problem", () => {
    const { knowledgeDir, cacheFile } = setup();
    writeFileSync(join(knowledgeDir, "glossary", "glossario.yaml"), "terms: [ rotto");
    const expander = loadSynonymExpander({ knowledgeDir, cacheFile, logger: silentLogger() });
    expect(expandedTerms(expander, "chi paga i vigili?")).toContain("poliz");
    expect(existsSync(cacheFile)).toBe(false);
    rmSync(join(knowledgeDir, ".."), { recursive: true, force: true });
  });
});
