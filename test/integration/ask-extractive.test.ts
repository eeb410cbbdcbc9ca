import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderAnswerText } from "../../src/answering/render-answer-text.js";
import { sourceLabel } from "../../src/answering/source-label.js";
import { type Fixture, makeKnowledgeFixture, pipelineFor } from "./ingest-fixtures.js";

let fixture: Fixture;
let pipeline: Awaited<ReturnType<typeof pipelineFor>>;

beforeAll(async () => {
  fixture = makeKnowledgeFixture();
  pipeline = await pipelineFor(fixture);
  await pipeline.index.ingest();
});
afterAll(() => fixture.cleanup());

const citedNumbers = (answer: string) => [...answer.matchAll(/\[(\d+)\]/g)].map((match) => Number(match[1]));

describe("ask offline: extractive answers", () => {
  it("answers a colloquial question with sentences of the sources, each cited with a retrieved number", async () => {
    const result = await pipeline.ask.ask("quanti anni deve durare come minimo il conferimento all'unione?", {
      scope: { kind: "all" },
    });
    expect(result).toMatchObject({ mode: "extractive", found: true });
    expect(result.answer).toContain("almeno cinque anni");
    const cited = citedNumbers(result.answer);
    expect(cited.length).toBeGreaterThan(0);
    for (const number of cited) {
      expect(number).toBeGreaterThanOrEqual(1);
      expect(number).toBeLessThanOrEqual(result.sources.length);
    }
    // Every answer line is a sentence taken from the source it cites; a rule of the law is named after it.
    for (const line of result.answer.split("\n")) {
      const number = citedNumbers(line)[0]!;
      const source = result.sources[number - 1]!;
      const quoted = line.replace(/\s*\[\d+\]$/, "");
      const named = ` (${sourceLabel(source)})`;
      if (source.kind === "law") expect(quoted.endsWith(named) || /\bart\. 19\b/.test(quoted), quoted).toBe(true);
      const sentence = quoted.replace(named, "").replace(/\.$/, "");
      expect(source.text.replace(/\s+/g, " ")).toContain(sentence);
    }
    expect(result.answer).toMatch(/almeno cinque anni.*\(L\.R\. 21\/2012, art\. 19\) \[1\]/);
    expect(result.sources[0]).toMatchObject({
      title: "L.R. 21/2012",
      article: "art. 19",
      kind: "law",
      path: "law/lr-21-2012.md",
    });
  });

  it("expands colloquial synonyms: 'vigili' finds the passages on polizia locale", async () => {
    const sources = await pipeline.retriever.search("possiamo tenere i vigili?", { kind: "all" }, 5);
    expect(sources.some((source) => source.text.includes("polizia locale"))).toBe(true);
  });

  it("says 'Non ho trovato…' with the closest sources for an off-topic question", async () => {
    const result = await pipeline.ask.ask("come si prepara la pasta alla carbonara?", { scope: { kind: "all" } });
    expect(result.found).toBe(false);
    expect(result.answer.startsWith("Non ho trovato")).toBe(true);
    expect(citedNumbers(result.answer)).toEqual([]);
    expect(renderAnswerText(result)).toContain("Fonti più vicine");
  });

  it("rejects an empty question with BAD_USAGE", async () => {
    await expect(pipeline.ask.ask("   ", { scope: { kind: "all" } })).rejects.toMatchObject({ code: "BAD_USAGE" });
  });

  it("renders numbered sources with title, article and path", async () => {
    const result = await pipeline.ask.ask("la funzione conferita resta in parte ai comuni?", {
      scope: { kind: "all" },
    });
    const text = renderAnswerText(result);
    expect(text).toMatch(/Fonti:\n\[1\] L\.R\. 21\/2012, art\. 24 c\.4 \(law\/lr-21-2012\.md\)/);
  });
});

describe("ask: scope isolation", () => {
  it("never returns another Unione's records, even when the question names that Unione", async () => {
    const scope = { kind: "unione", unione: "terre-d-acqua" } as const;
    for (const question of [
      "quali comuni fanno parte dell'Unione Terre del Delta?",
      "Codigoro Goro Mesola polizia locale",
      "polizia locale",
    ]) {
      const sources = await pipeline.retriever.search(question, scope, 20);
      expect(sources.length).toBeGreaterThan(0);
      expect(sources.every((source) => source.unione === null || source.unione === "terre-d-acqua")).toBe(true);
      const result = await pipeline.ask.ask(question, { scope });
      expect(result.sources.every((source) => source.unione !== "terre-del-delta")).toBe(true);
      expect(result.answer).not.toContain("Codigoro");
    }
  });

  it("public scope sees law but no records at all", async () => {
    const sources = await pipeline.retriever.search("polizia locale Unione comuni", { kind: "public" }, 20);
    expect(sources.length).toBeGreaterThan(0);
    expect(sources.every((source) => source.unione === null)).toBe(true);
  });
});
