/**
 * A convenzione per function read as a segretario would: the sector law in the premesse (in full at its first
 * citation), unconfirmed references flagged, the formula before the articles, the closing clauses (digital
 * signature, registration in case of use, stamp duty) and signatures, the start date never past, the mayor's
 * civil-protection role kept, planned functions not called conferred, references as a final section, .docx
 * authored by the Unione.
 */
import { describe, expect, it } from "vitest";
import { silentLogger } from "../../../src/core/logger.js";
import { createDraftService } from "../../../src/drafting/create-draft-service.js";
import { draftToDocx } from "../../../src/drafting/draft-docx.js";
import type { Draft } from "../../../src/drafting/draft-types.js";
import { draftToMarkdown } from "../../../src/drafting/render-draft.js";
import { createFunctionCatalog } from "../../../src/knowledge/function-catalog.js";
import { loadUnioneRecords } from "../../../src/knowledge/load-records.js";
import { docxPartText } from "./docx-text.js";
import {
  contextFor,
  knowledgeDir,
  memoryRecords,
  promptsDir,
  shippedMinimumDurationYears,
} from "./drafting-fixtures.js";

const today = new Date("2026-11-27T09:00:00Z");
const catalog = createFunctionCatalog(knowledgeDir);
const drafts = createDraftService({
  knowledgeDir,
  records: memoryRecords(loadUnioneRecords(knowledgeDir).records),
  catalog,
  promptsDir,
  logger: silentLogger(),
  clock: () => today,
  minimumDurationYears: shippedMinimumDurationYears,
});
const admin = contextFor({ kind: "all" });
const textOf = (draft: Draft) => draft.sections.map((section) => section.text).join("\n");
const convenzione = (funzione: string, unione = "terre-del-delta") =>
  drafts.draft({ tipo: "convenzione", funzione, unione }, admin);

/** dd/mm/yyyy dates in a text, as ISO. */
function datesIn(text: string): string[] {
  return [...text.matchAll(/\b(\d{2})\/(\d{2})\/(\d{4})\b/g)].map((match) => `${match[3]}-${match[2]}-${match[1]}`);
}

describe("a convenzione a segretario would sign", () => {
  it.each([
    ["protezione-civile", "decreto legislativo 2 gennaio 2018, n. 1 (Codice della protezione civile)"],
    ["polizia-locale", "legge 7 marzo 1986, n. 65"],
    ["suap", "decreto del Presidente della Repubblica 7 settembre 2010, n. 160"],
    ["ict", "decreto legislativo 7 marzo 2005, n. 82"],
  ])("cites the sector law of %s in the premesse, in full at its first citation", async (funzione, full) => {
    const premesse = (await convenzione(funzione)).sections[0]!.text;
    expect(premesse).toContain(full);
  });

  it("a function with no sector law in the data leaves a visible blank, listed as missing", async () => {
    const draft = await convenzione("catasto");
    expect(draft.sections[0]!.text).toContain("[DA COMPLETARE: leggi di settore della funzione Catasto]");
    expect(draft.missing).toContain("leggi di settore della funzione Catasto");
  });

  it("flags an unconfirmed reference in the text and lists it to verify", async () => {
    const draft = await convenzione("protezione-civile");
    expect(textOf(draft)).toContain(
      "legge regionale Emilia-Romagna 7 febbraio 2005, n. 1 (norme in materia di protezione civile; riferimento da verificare)",
    );
    expect(draft.verify?.some((item) => item.includes("L.R. 1/2005"))).toBe(true);
  });

  it("keeps the mayor's civil-protection role, which cannot be conferred", async () => {
    const oggetto = (await convenzione("protezione-civile")).sections.find((section) => section.id === "oggetto")!.text;
    expect(oggetto).toContain("Restano in capo al Sindaco di ciascun Comune");
    expect(oggetto).toContain("autorità territoriale di protezione civile");
    expect(oggetto).not.toContain("nessuna attività della funzione resta in capo ai singoli Comuni");
  });

  it("has the formula before the articles, the closing clauses and one signature per body", async () => {
    const draft = await convenzione("polizia-locale", "terre-d-acqua");
    const text = textOf(draft);
    expect(draft.sections[0]!.text).toMatch(/si conviene e si stipula quanto segue\.$/);
    expect(text).toContain("firma digitale, ai sensi dell'art. 15, comma 2-bis, della legge 7 agosto 1990, n. 241");
    expect(text).toContain("registrazione solo in caso d'uso");
    expect(text).toContain("imposta di bollo");
    const closing = draft.sections.at(-1)!;
    expect(closing).toMatchObject({ id: "sottoscrizione", unnumbered: true });
    expect(closing.text).toContain("Per l'Unione Terre d'Acqua: il Presidente pro tempore");
    for (const comune of ["Anzola dell'Emilia", "Calderara di Reno", "Sant'Agata Bolognese"])
      expect(closing.text).toContain(`Per il Comune di ${comune}: il Sindaco pro tempore`);
  });

  it("cites laws in full first and in short after, with commi written out", async () => {
    const text = textOf(await convenzione("suap"));
    const full = text.indexOf("legge regionale Emilia-Romagna 21 dicembre 2012, n. 21");
    expect(full).toBeGreaterThan(-1);
    expect(text.indexOf("L.R. 21/2012")).toBeGreaterThan(full);
    expect(text).toContain("art. 7, comma 3, della L.R. 21/2012");
    expect(text).not.toMatch(/art\. \d+ c\.\d/);
  });

  it("never states a start date already past; the start comes from the record or is a visible blank", async () => {
    for (const unione of ["terre-del-delta", "terre-d-acqua"]) {
      for (const funzione of ["protezione-civile", "polizia-locale", "ict", "tributi"]) {
        const durata = (await convenzione(funzione, unione)).sections.find((section) => section.id === "durata")!.text;
        for (const date of datesIn(durata)) expect(date >= "2026-11-27").toBe(true);
        expect(durata).toMatch(/decorre dal (\d{2}\/\d{2}\/\d{4}|\[DA COMPLETARE: data di decorrenza)/);
        expect(durata).not.toContain("da verificare");
      }
    }
  });

  it("says truthfully whether the function is conferred or only planned, in the convenzione and the regolamento", async () => {
    const planned = await convenzione("suap");
    expect(planned.sections[0]!.text).toContain(
      "la funzione Sportello unico per le attività produttive (SUAP) non è ancora conferita all'Unione",
    );
    const regolamento = await drafts.draft({ tipo: "regolamento", funzione: "suap", unione: "terre-del-delta" }, admin);
    expect(textOf(regolamento)).not.toContain("hanno conferito");
    expect(textOf(regolamento)).toContain("che conferiscono la funzione all'Unione con la convenzione");
    const active = await drafts.draft(
      { tipo: "regolamento", funzione: "polizia-locale", unione: "terre-del-delta" },
      admin,
    );
    expect(textOf(active)).toContain("che hanno conferito la funzione all'Unione");
  });

  it("does not tie the Unione's use of contributions to art. 25, which sets the Region's criteria", async () => {
    const finance = (await convenzione("tributi")).sections.find(
      (section) => section.id === "rapporti-finanziari",
    )!.text;
    expect(finance).not.toContain("secondo i criteri dell'art. 25");
    expect(finance).toContain("la Regione riduce i contributi");
  });

  it("puts references in a final 'Riferimenti normativi' section, never after each article; the .docx is the Unione's", async () => {
    const draft = await convenzione("protezione-civile");
    const markdown = draftToMarkdown(draft);
    expect(markdown).not.toContain("*Riferimenti:");
    expect(markdown).toMatch(/## Riferimenti normativi\n\n- Art\. 1 – Parti e premesse: .*D\.Lgs\. 1\/2018/);
    expect(markdown).toContain("## Dati da verificare");
    const buffer = await draftToDocx(draft, today);
    const core = await docxPartText(buffer, "docProps/core.xml");
    expect(core).toContain("Unione Terre del Delta");
    expect(core).not.toContain("Un-named");
    expect(await docxPartText(buffer)).toContain("Riferimenti normativi");
  });
});
