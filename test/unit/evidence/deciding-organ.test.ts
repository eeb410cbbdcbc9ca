/**
 * The deciding organ read below the heading when the heading puts the number first ("Deliberazione n. 61 / in data
 * …") and the organ further down. Bad input tried: a Giunta act laid out the same way whose premesse and decision
 * quote a council's conferral, and an act that names no organ at all.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decidingOrgan } from "../../../src/evidence/deciding-organ.js";
import { createFunctionLexicon } from "../../../src/evidence/function-lexicon.js";
import { extractByRules } from "../../../src/evidence/rule-extraction.js";
import { actOf } from "../../../src/evidence/unione-acts.js";
import { createFunctionCatalog } from "../../../src/knowledge/function-catalog.js";
import { loadGlossary } from "../../../src/knowledge/glossary.js";
import { loadUnioneRecords } from "../../../src/knowledge/load-records.js";

const root = join(import.meta.dirname, "..", "..", "..");
const knowledge = join(root, "knowledge");
const lexicon = createFunctionLexicon(createFunctionCatalog(knowledge), loadGlossary(knowledge));
const delta = loadUnioneRecords(knowledge).records.find((record) => record.id === "terre-del-delta")!;
const mesola = readFileSync(
  join(
    root,
    "test",
    "fixtures",
    "evidence",
    "follow-up",
    "terre-del-delta",
    "cc-mesola-2024-61-conferimento-protezione-civile.txt",
  ),
  "utf8",
);

const read = (text: string) => actOf("unioni/terre-del-delta/atto.txt", [text], false);
const proposed = (text: string) =>
  extractByRules(read(text), delta, lexicon).map(
    (finding) => `${finding.fact.code}.${finding.fact.field}@${finding.comune}`,
  );

describe("the organ that adopts a deliberation", () => {
  it("is read from the verbale's title and the organ's own line when the heading starts with the number", () => {
    const act = read(mesola);
    expect(decidingOrgan(act)).toBe("consiglio");
    expect(act.info.organ).toBe("consiglio");
    expect(proposed(mesola)).toEqual(
      expect.arrayContaining(["protezione-civile.conferring_comuni@mesola", "protezione-civile.start_date@mesola"]),
    );
  });

  it("is the Giunta when the Giunta adopts an act that quotes a council's conferral: nothing proposed (bad input)", () => {
    const giunta = mesola
      .replace("VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE", "VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE")
      .replace("IL CONSIGLIO COMUNALE\n", "LA GIUNTA COMUNALE\n")
      .replace("1) di conferire all'Unione", "1) di proporre al Consiglio comunale di conferire all'Unione");
    expect(read(giunta).info.organ).toBe("giunta");
    expect(proposed(giunta)).toEqual([]);
  });

  it("stays unknown when no line names it, and then nothing is proposed (bad input)", () => {
    const anonymous = mesola
      .replace("VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE\n", "")
      .replace("IL CONSIGLIO COMUNALE\n", "");
    expect(read(anonymous).info.organ).toBeNull();
    expect(proposed(anonymous)).toEqual([]);
  });
});
