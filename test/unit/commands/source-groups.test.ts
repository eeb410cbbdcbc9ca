/** `/unione fonti`: acts by kind in date order with their annexes, then the other sources by kind. */
import { describe, expect, it } from "vitest";
import { groupSources } from "../../../src/commands/source-groups.js";
import type { SourceAct } from "../../../src/core/types.js";
import type { SourceSummary } from "../../../src/ingestion/index-service.js";
import { renderSourcesText } from "../../../src/transport/console/sources-text.js";
import { sourcesBlocks } from "../../../src/transport/slack/blocks/sources-blocks.js";

function act(fields: Partial<SourceAct> & Pick<SourceAct, "type" | "label">): SourceAct {
  return {
    organ: null,
    number: null,
    date: null,
    year: null,
    subject: null,
    subKind: null,
    sectorNumber: null,
    parent: null,
    ...fields,
  };
}

function source(path: string, title: string, sourceAct?: SourceAct): SourceSummary {
  const summary: SourceSummary = { path, title, kind: "document", unione: null, chunks: 3, pages: 2 };
  return sourceAct ? { ...summary, act: sourceAct } : summary;
}

const dg45 = source(
  "documenti/Delibera_45_1.pdf",
  "Delibera di Giunta n. 45 del 24/03/2026",
  act({
    type: "delibera",
    organ: "giunta",
    number: "45",
    date: "2026-03-24",
    year: 2026,
    subject: "APPROVAZIONE PIAO 2026-2028",
    label: "Delibera di Giunta n. 45 del 24/03/2026",
  }),
);
const dg42 = source(
  "documenti/Delibera_1652001_1.pdf",
  "Delibera di Giunta n. 42 del 24/03/2026",
  act({
    type: "delibera",
    organ: "giunta",
    number: "42",
    date: "2026-03-24",
    year: 2026,
    subject: "PIANO DEI FABBISOGNI",
    label: "Delibera di Giunta n. 42 del 24/03/2026",
  }),
);
const dg30 = source(
  "documenti/Delibera_30_1.pdf",
  "Delibera di Giunta n. 30 del 10/02/2026",
  act({
    type: "delibera",
    organ: "giunta",
    number: "30",
    date: "2026-02-10",
    year: 2026,
    label: "Delibera di Giunta n. 30 del 10/02/2026",
  }),
);
const piao = source(
  "documenti/Delibera_45_PIAO_2.pdf",
  "PIAO 2026-2028 (allegato alla Delibera di Giunta n. 45 del 24/03/2026)",
  act({
    type: "piano",
    label: "PIAO 2026-2028 (allegato alla Delibera di Giunta n. 45 del 24/03/2026)",
    parent: { type: "delibera", organ: "giunta", number: "45", date: "2026-03-24", year: 2026 },
  }),
);
const det = source(
  "documenti/Determinazione_200_1.pdf",
  "Determinazione n. 200 del 18/03/2026",
  act({
    type: "determinazione",
    organ: "responsabile",
    number: "200",
    date: "2026-03-18",
    year: 2026,
    label: "Determinazione n. 200 del 18/03/2026",
  }),
);
const law: SourceSummary = {
  path: "law/lr.md",
  title: "L.R. 21/2012",
  kind: "law",
  unione: null,
  chunks: 40,
  pages: null,
};

describe("groupSources", () => {
  it("groups acts by kind in date order, lists annexes under their act, and other sources after", () => {
    const groups = groupSources([law, piao, det, dg45, dg42, dg30]);
    expect(groups.map((group) => group.title)).toEqual(["Delibere di Giunta", "Determinazioni", "Normativa"]);
    expect(groups[0]!.items.map((item) => item.source.act?.number)).toEqual(["30", "42", "45"]);
    expect(groups[0]!.items[2]!.annexes.map((annex) => annex.source.path)).toEqual([piao.path]);
    expect(groups[0]!.items[1]!.name).toBe("Delibera di Giunta n. 42 del 24/03/2026 — Piano dei fabbisogni");
    expect(groups[2]).toMatchObject({ acts: false, items: [{ name: "L.R. 21/2012" }] });
  });

  it("lists an annex whose act is not indexed in its own kind (bad input: the act's file is missing)", () => {
    const groups = groupSources([piao, det]);
    expect(groups.map((group) => group.title)).toEqual(["Determinazioni", "Piani"]);
  });
});

describe("fonti rendered", () => {
  it("names acts by label and OGGETTO, never by file, in text and in Slack", () => {
    const text = renderSourcesText({ type: "sources", sources: [law, dg42, piao, dg45], scopeLabel: "tutte le fonti" });
    expect(text).toContain("Delibere di Giunta:");
    expect(text).toContain("- Delibera di Giunta n. 42 del 24/03/2026 — Piano dei fabbisogni · 3 passaggi · 2 pagine");
    expect(text).toContain("    allegato: PIAO 2026-2028 (allegato alla Delibera di Giunta n. 45 del 24/03/2026)");
    expect(text).not.toContain("Delibera_1652001_1.pdf");
    expect(text).toContain("L.R. 21/2012 (law/lr.md)");
    expect(text.indexOf("n. 42")).toBeLessThan(text.indexOf("n. 45"));
    const blocks = JSON.stringify(sourcesBlocks([law, dg42], "tutte le fonti").blocks);
    expect(blocks).toContain("*Delibere di Giunta*");
    expect(blocks).toContain("Delibera di Giunta n. 42 del 24/03/2026 — Piano dei fabbisogni (3 passaggi, 2 pagine)");
    expect(blocks).not.toContain("Delibera_1652001_1.pdf");
  });

  it("makes 'pagina' and 'passaggio' agree with a count of one, in text and in Slack", () => {
    // Tried: a one-page act cut into one passage.
    const single = { ...dg42, chunks: 1, pages: 1 };
    const text = renderSourcesText({ type: "sources", sources: [single], scopeLabel: "tutte le fonti" });
    expect(text).toContain("Piano dei fabbisogni · 1 passaggio · 1 pagina");
    const blocks = JSON.stringify(sourcesBlocks([single], "tutte le fonti").blocks);
    expect(blocks).toContain("Piano dei fabbisogni (1 passaggio, 1 pagina)");
  });
});
