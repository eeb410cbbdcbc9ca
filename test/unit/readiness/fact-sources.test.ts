/**
 * Which facts rest on an act and which were only declared, as the status shows them. Bad input tried: an act of one
 * Comune must not prove another Comune's conferral; a Giunta act entered by hand proves no conferral.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadUnioneRecords } from "../../../src/knowledge/load-records.js";
import type { Act, UnioneRecord } from "../../../src/knowledge/record-schema.js";
import { factSourceLines, functionFactSources } from "../../../src/readiness/fact-sources.js";

const knowledge = join(import.meta.dirname, "..", "..", "..", "knowledge");
const example = loadUnioneRecords(knowledge).records.find((record) => record.id === "unione-esempio")!;

const act = (fields: Partial<Act>): Act => ({
  organ: "Consiglio comunale",
  type: "deliberazione",
  number: "7",
  date: "2025-03-04",
  title: null,
  comune: "borgofittizio",
  confidence: "confermato",
  document: null,
  page: null,
  fields: [],
  ...fields,
});

function withActs(code: string, acts: Act[]): { record: UnioneRecord; item: UnioneRecord["functions"][number] } {
  const item = { ...example.functions.find((entry) => entry.code === code)!, acts };
  return {
    record: { ...example, functions: example.functions.map((entry) => (entry.code === code ? item : entry)) },
    item,
  };
}

describe("facts and the acts they rest on", () => {
  it("names the act with its number and dd/mm/yyyy date beside the facts it proves; the rest are declared", () => {
    const proof = act({
      document: "unioni/unione-esempio/cc-7.pdf",
      page: 2,
      fields: ["conferring_comuni", "start_date"],
    });
    const { record, item } = withActs("polizia-locale", [proof]);
    const facts = functionFactSources(item, record);
    expect(facts.find((fact) => fact.field === "start_date")).toMatchObject({
      act: "Delibera C.C. di Borgofittizio n. 7 del 04/03/2025",
      document: "unioni/unione-esempio/cc-7.pdf",
      page: 2,
    });
    const lines = factSourceLines(facts);
    expect(lines[0]).toMatch(
      /^da atto: Delibera C\.C\. di Borgofittizio n\. 7 del 04\/03\/2025 \(conferimento del Comune di Borgofittizio, decorrenza dal /,
    );
    expect(lines.at(-1)).toMatch(/^dichiarati, senza atto: conferimento del Comune di Poggio/);
  });

  it("an act proves only its own Comune's conferral, and a Giunta act entered by hand proves none (bad input)", () => {
    const giunta = act({ organ: "Giunta comunale", comune: "poggio-d-esempio", number: "9" });
    const { record, item } = withActs("polizia-locale", [act({}), giunta]);
    const conferrals = functionFactSources(item, record).filter((fact) => fact.field === "conferring_comuni");
    expect(conferrals.filter((fact) => fact.act !== null).map((fact) => fact.fact)).toEqual([
      "conferimento del Comune di Borgofittizio",
    ]);
  });
});
