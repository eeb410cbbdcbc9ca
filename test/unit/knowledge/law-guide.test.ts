import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseLawFile, readLawFiles } from "../../../src/knowledge/law-files.js";
import { shippedKnowledge } from "./support/knowledge-copy.js";

const expectedFiles = [
  "dl-78-2010-art-14.md",
  "formazione-e-piao.md",
  "l-56-2014.md",
  "lr-21-2012.md",
  "programma-change-manager-2023.md",
  "prt-2021-2023.md",
  "prt-2024-2026.md",
  "tuel-267-2000.md",
];

function sections(file: string): { heading: string; words: number; text: string }[] {
  const body = readFileSync(path.join(shippedKnowledge, "law", file), "utf8");
  return body
    .split(/^## /m)
    .slice(1)
    .map((chunk) => ({ heading: chunk.split("\n")[0]!, words: chunk.split(/\s+/).length, text: chunk }));
}

describe("regulatory guide (knowledge/law)", () => {
  const law = readLawFiles(shippedKnowledge);

  it("has one file per source named in the issue, each with a citable heading for every section", () => {
    const names = law.map((file) => path.basename(file.file));
    for (const name of expectedFiles) expect(names).toContain(name);
    for (const file of law) {
      expect(file.frontMatter, file.file).not.toBeNull();
      expect(file.headings.length, file.file).toBeGreaterThan(0);
      expect(
        file.headings.filter((heading) => heading.unit === null),
        file.file,
      ).toEqual([]);
    }
  });

  it("covers the articles of L.R. 21/2012 that officials ask about", () => {
    const units = new Set(
      law.find((file) => file.file.endsWith("lr-21-2012.md"))!.headings.map((heading) => heading.unit),
    );
    for (const unit of [
      "art. 1",
      "art. 6",
      "art. 7 c.3",
      "art. 19",
      "art. 21",
      "art. 22",
      "art. 24 c.2",
      "art. 24 c.4",
      "art. 24 c.4-bis",
      "art. 24 c.4-ter",
      "art. 24 c.4-quater",
      "art. 24 c.5",
      "art. 24 c.6",
      "art. 25",
      "art. 26",
      "art. 27",
    ]) {
      expect(units.has(unit), unit).toBe(true);
    }
  });

  it("keeps every section short enough to be one retrieval passage, with an 'In pratica' explanation", () => {
    for (const file of expectedFiles) {
      for (const section of sections(file)) {
        expect(section.words, `${file} ${section.heading}`).toBeLessThanOrEqual(260);
        expect(section.text, `${file} ${section.heading}`).toMatch(/In pratica:/);
      }
    }
  });

  it("says 'da verificare' in every file that is not fully confirmed", () => {
    for (const file of law.filter((entry) => entry.frontMatter?.confidence !== "confermato")) {
      expect(readFileSync(path.join(shippedKnowledge, "law", path.basename(file.file)), "utf8"), file.file).toMatch(
        /da verificare/,
      );
    }
  });

  it("reads headings and front-matter lines, and reports a broken front matter", () => {
    const parsed = parseLawFile(
      "x.md",
      '---\ntitle: "A"\nconfidence: parziale\n---\n# T\n## Art. 24 c.4-bis — Eccezione\n## Note\n',
    );
    expect(parsed.headings).toEqual([
      { line: 6, text: "Art. 24 c.4-bis — Eccezione", unit: "art. 24 c.4-bis" },
      { line: 7, text: "Note", unit: null },
    ]);
    expect(parsed.frontMatterLine("confidence")).toBe(3);
    expect(parseLawFile("y.md", "---\ntitle: [aperta\n---\n").frontMatterError).not.toBeNull();
  });
});
