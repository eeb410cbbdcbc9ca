import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createFunctionCatalog } from "../../../src/knowledge/function-catalog.js";
import { loadGlossary, readGlossary } from "../../../src/knowledge/glossary.js";

const knowledgeDir = path.resolve("knowledge");

describe("glossary (knowledge/glossary/glossario.yaml)", () => {
  const entries = loadGlossary(knowledgeDir);

  it("maps colloquial words to canonical terms and catalogue codes", () => {
    const byVariant = (word: string) =>
      entries.find((entry) => entry.variants.map((variant) => variant.toLowerCase()).includes(word));
    expect(byVariant("vigili")).toMatchObject({ term: "polizia locale", function: "polizia-locale" });
    expect(byVariant("ragioneria")?.function).toBe("servizi-finanziari");
    expect(byVariant("informatica")?.function).toBe("ict");
    expect(byVariant("tuel")?.term).toBe("testo unico enti locali");
    expect(byVariant("prt")?.term).toBe("programma di riordino territoriale");
    expect(byVariant("distacco")?.term).toBe("comando");
    for (const abbreviation of ["dgr", "cal", "suap", "cuc", "sia", "piao", "ptfp"])
      expect(byVariant(abbreviation), abbreviation).toBeDefined();
  });

  it("has a definition for every term and only function codes of the catalogue", () => {
    const catalog = createFunctionCatalog(knowledgeDir);
    for (const entry of entries) {
      expect(entry.definition.length, entry.term).toBeGreaterThan(10);
      if (entry.function !== null) expect(catalog.get(entry.function), entry.term).not.toBeNull();
    }
  });

  it("rejects an entry without definition, naming its line", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "glossario-"));
    mkdirSync(path.join(dir, "glossary"));
    writeFileSync(path.join(dir, "glossary", "glossario.yaml"), "terms:\n  - term: vigili\n    variants: [pm]\n");
    expect(readGlossary(dir).problems[0]).toMatchObject({ line: 2, field: "terms[0].definition" });
    expect(() => loadGlossary(dir)).toThrow(/Glossario non valido/);
  });
});
