/**
 * The drafting acceptance check, end to end on the shipped knowledge: the convenzione for Protezione Civile in
 * Terre del Delta as .docx, read back from its XML, and the --json shape.
 */
import { describe, expect, it } from "vitest";
import { silentLogger } from "../../src/core/logger.js";
import { createDraftService } from "../../src/drafting/create-draft-service.js";
import { draftToJson } from "../../src/drafting/render-draft.js";
import { createFunctionCatalog } from "../../src/knowledge/function-catalog.js";
import { loadUnioneRecords } from "../../src/knowledge/load-records.js";
import { loadReadinessRules } from "../../src/readiness/rules.js";
import { docxPartText } from "../unit/drafting/docx-text.js";
import {
  contextFor,
  knowledgeDir,
  memoryRecords,
  promptsDir,
  shippedRecordsExist,
} from "../unit/drafting/drafting-fixtures.js";

describe.runIf(shippedRecordsExist)("convenzione Protezione civile, Terre del Delta", () => {
  const drafts = createDraftService({
    knowledgeDir,
    minimumDurationYears: loadReadinessRules(knowledgeDir).minimumDurationYears,
    records: memoryRecords(loadUnioneRecords(knowledgeDir).records),
    catalog: createFunctionCatalog(knowledgeDir),
    promptsDir,
    logger: silentLogger(),
    clock: () => new Date("2024-06-30T08:00:00Z"),
  });
  const request = { tipo: "convenzione", funzione: "protezione-civile", unione: "terre-del-delta" };

  it("produces a .docx naming the three Comuni, TUEL art. 30 in full first, L.R. 21/2012, the five-year minimum, with no placeholder", async () => {
    const draft = await drafts.draft(
      request,
      contextFor({ kind: "unione", unione: "terre-del-delta" }, "terre-del-delta"),
    );
    const text = await docxPartText(await drafts.toDocx(draft));
    for (const comune of ["Codigoro", "Goro", "Mesola"]) expect(text).toContain(comune);
    expect(text).not.toMatch(/Lagosanto|Fiscaglia/);
    expect(text).toContain("D.Lgs. 267/2000");
    // First citation in full, then the short form.
    expect(text).toMatch(/art\. 30 del decreto legislativo 18 agosto 2000, n\. 267 \(TUEL\)/);
    expect(text).toContain("legge regionale Emilia-Romagna 21 dicembre 2012, n. 21");
    expect(text).toContain("L.R. 21/2012");
    expect(text).toMatch(/5 anni/);
    expect(text).toMatch(/cinque anni/);
    expect(text).toContain("BOZZA – Unione Terre del Delta – 30/06/2024");
    expect(text).toMatch(/Art\. 1 – Parti e premesse[\s\S]*Art\. 13 – Norme finali/);
    expect(text).not.toMatch(/\{\{|\}\}/);
    expect(text).toContain("[DA COMPLETARE: popolazione dei Comuni di Codigoro, Goro e Mesola");
  });

  it("--json has at least ten sections, each with id, title, text and sources", async () => {
    const json = draftToJson(await drafts.draft(request, contextFor({ kind: "all" }))) as {
      tipo: string;
      unione: string;
      funzione: string;
      sections: { id: string; title: string; text: string; sources: string[] }[];
      missing: string[];
    };
    expect(json.tipo).toBe("convenzione");
    expect(json.unione).toBe("terre-del-delta");
    expect(json.funzione).toBe("protezione-civile");
    expect(json.sections.length).toBeGreaterThanOrEqual(10);
    for (const section of json.sections) {
      expect(section.text.length).toBeGreaterThan(50);
      expect(Array.isArray(section.sources)).toBe(true);
    }
    expect(json.missing.length).toBeGreaterThan(0);
  });
});
