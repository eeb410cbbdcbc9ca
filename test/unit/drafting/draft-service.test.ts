import { describe, expect, it } from "vitest";
import { UnioneError } from "../../../src/core/errors.js";
import { silentLogger } from "../../../src/core/logger.js";
import type { RequestContext } from "../../../src/core/types.js";
import { createDraftService } from "../../../src/drafting/create-draft-service.js";
import type { Draft, DraftRequest } from "../../../src/drafting/draft-types.js";
import { findMarkers } from "../../../src/drafting/missing-markers.js";
import { createFunctionCatalog } from "../../../src/knowledge/function-catalog.js";
import { loadUnioneRecords } from "../../../src/knowledge/load-records.js";
import type { UnioneRecord } from "../../../src/knowledge/record-schema.js";
import {
  contextFor,
  fixtureRecord,
  knowledgeDir,
  memoryRecords,
  promptsDir,
  shippedMinimumDurationYears,
} from "./drafting-fixtures.js";

const shipped = loadUnioneRecords(knowledgeDir).records;
const sampleRecords: UnioneRecord[] = shipped.length > 0 ? shipped : [fixtureRecord()];
const admin = contextFor({ kind: "all" });

function service(records: UnioneRecord[] = sampleRecords, minimumDurationYears = shippedMinimumDurationYears) {
  return createDraftService({
    knowledgeDir,
    records: memoryRecords(records),
    catalog: createFunctionCatalog(knowledgeDir),
    promptsDir,
    logger: silentLogger(),
    clock: () => new Date("2024-06-30T09:00:00Z"),
    minimumDurationYears,
  });
}

async function failure(
  request: DraftRequest,
  context: RequestContext = admin,
  records?: UnioneRecord[],
): Promise<UnioneError> {
  const error = await service(records)
    .draft(request, context)
    .then(
      () => null,
      (caught: unknown) => caught,
    );
  expect(error).toBeInstanceOf(UnioneError);
  return error as UnioneError;
}

const allText = (draft: Draft) => [draft.title, ...draft.sections.map((section) => section.text)].join("\n");

describe("every template for every sample Unione", () => {
  const types = service().types();

  it("offers the five act types with Italian names", () => {
    expect(types.map((type) => type.id).sort()).toEqual([
      "convenzione",
      "piano-comunicazione",
      "piano-formativo",
      "programmazione-personale",
      "regolamento",
    ]);
    expect(types.every((type) => type.name.length > 10)).toBe(true);
  });

  for (const record of sampleRecords) {
    for (const type of [
      "convenzione",
      "regolamento",
      "piano-comunicazione",
      "piano-formativo",
      "programmazione-personale",
    ]) {
      it(`drafts ${type} for ${record.id}: no placeholder left, every missing datum marked and listed, all members named`, async () => {
        const draft = await service().draft({ tipo: type, funzione: "protezione-civile", unione: record.id }, admin);
        const text = allText(draft);
        expect(text).not.toMatch(/\{\{|\}\}/);
        expect([...new Set(findMarkers(text))].sort()).toEqual([...draft.missing].sort());
        for (const comune of record.comuni) expect(text).toContain(comune.name);
        expect(draft.unione).toBe(record.id);
        if (record.example) {
          expect(draft.example).toBe(true);
          expect(draft.title).toContain("esempio fittizio");
          expect(draft.sections[0]!.text).toContain("esempio fittizio");
        } else {
          expect(draft.example).toBeUndefined();
        }
      });
    }
  }
});

describe.runIf(shipped.some((record) => record.id === "terre-del-delta"))("convenzione for Terre del Delta", () => {
  it("names exactly Codigoro, Goro and Mesola, cites the premises, and marks the unknown populations", async () => {
    const draft = await service().draft(
      { tipo: "convenzione", funzione: "protezione-civile", unione: "terre-del-delta" },
      admin,
    );
    const text = allText(draft);
    expect(draft.sections.length).toBeGreaterThanOrEqual(10);
    for (const name of ["Codigoro", "Goro", "Mesola"]) expect(text).toContain(`Comune di ${name}`);
    expect(text).not.toMatch(/Lagosanto|Fiscaglia/);
    // The first citation of each law in full, the short form after.
    expect(text).toContain("art. 30 del decreto legislativo 18 agosto 2000, n. 267 (TUEL)");
    expect(text).toContain("art. 32 del D.Lgs. 267/2000");
    expect(text).toContain("art. 7 della legge regionale Emilia-Romagna 21 dicembre 2012, n. 21");
    for (const article of ["19", "24"]) expect(text).toContain(`art. ${article} della L.R. 21/2012`);
    expect(text).toContain("durata di cinque anni dalla decorrenza, pari alla durata minima");
    const populationMarker = draft.missing.find((label) =>
      label.startsWith("popolazione dei Comuni di Codigoro, Goro e Mesola"),
    );
    expect(populationMarker).toBeDefined();
    expect(draft.sections.find((section) => section.id === "rapporti-finanziari")!.text).toContain(
      `[DA COMPLETARE: ${populationMarker}]`,
    );
  });
});

describe("filling from the records", () => {
  it("computes the cost-sharing table when every population is known", async () => {
    const draft = await service([fixtureRecord()]).draft(
      { tipo: "convenzione", funzione: "polizia-locale", unione: "unione-prova" },
      admin,
    );
    const finance = draft.sections.find((section) => section.id === "rapporti-finanziari")!.text;
    // Primavalle: 70% * 12.000/20.000 + 30%/3 = 52,00%
    expect(finance).toContain("| Primavalle | 12.000 | 52,00% |");
    expect(finance).toContain("| Totale | 20.000 | 100,00% |");
    expect(draft.missing.some((label) => label.startsWith("popolazione"))).toBe(false);
  });

  it("uses the recorded duration when it respects the minimum, and never a start date already past", async () => {
    const draft = await service([fixtureRecord()]).draft(
      { tipo: "convenzione", funzione: "polizia-locale", unione: "unione-prova", sezione: "durata" },
      admin,
    );
    expect(draft.sections[0]!.text).toContain(
      "durata di sette anni dalla decorrenza, superiore alla durata minima di cinque anni",
    );
    // The record's start (01/01/2020) is before the draft's date (30/06/2024): a visible blank, and a note to verify.
    expect(draft.sections[0]!.text).toContain("decorre dal [DA COMPLETARE: data di decorrenza del conferimento");
    expect(draft.sections[0]!.text).not.toContain("01/01/2020");
    expect(draft.verify?.join(" ")).toContain("01/01/2020, già passata");
  });

  it("uses a future start date of the record, and a planned one with a note to confirm it", async () => {
    const started = fixtureRecord({
      functions: [{ code: "polizia-locale", state: "attiva", start_date: "2025-01-01" }],
    });
    const draft = await service([started]).draft(
      { tipo: "convenzione", funzione: "polizia-locale", unione: "unione-prova", sezione: "durata" },
      admin,
    );
    expect(draft.sections[0]!.text).toContain("decorre dal 01/01/2025");
    const planned = fixtureRecord({
      functions: [{ code: "polizia-locale", state: "pianificata", planned_date: "2025-03-01" }],
    });
    const plannedDraft = await service([planned]).draft(
      { tipo: "convenzione", funzione: "polizia-locale", unione: "unione-prova", sezione: "durata" },
      admin,
    );
    expect(plannedDraft.sections[0]!.text).toContain("decorre dal 01/03/2025");
    expect(plannedDraft.sections[0]!.text).not.toContain("da verificare");
    expect(plannedDraft.verify?.join(" ")).toContain("data prevista nella scheda (01/03/2025): confermarla");
  });

  it("an open-ended conferral (art. 24 c.6) has no term", async () => {
    const record = fixtureRecord({ functions: [{ code: "polizia-locale", state: "attiva", open_ended: true }] });
    const draft = await service([record]).draft(
      { tipo: "convenzione", funzione: "polizia-locale", unione: "unione-prova", sezione: "durata" },
      admin,
    );
    expect(draft.sections[0]!.text).toContain(
      "Il conferimento è a tempo indeterminato, ai sensi dell'art. 24, comma 6",
    );
    expect(draft.sections[0]!.text).not.toMatch(/durata di \w+ anni/);
  });

  it("never writes a duration under the minimum: a 3-year record becomes 5 years, with a notice", async () => {
    const record = fixtureRecord({ functions: [{ code: "polizia-locale", state: "attiva", duration_years: 3 }] });
    const draft = await service([record]).draft(
      { tipo: "convenzione", funzione: "polizia-locale", unione: "unione-prova", sezione: "durata" },
      admin,
    );
    expect(draft.sections[0]!.text).toContain("durata di cinque anni");
    expect(draft.notice).toContain("3 anni, inferiore al minimo di 5");
  });

  it("takes the minimum duration from the rules passed in", async () => {
    const draft = await service([fixtureRecord()], 8).draft(
      { tipo: "convenzione", funzione: "polizia-locale", unione: "unione-prova", sezione: "4" },
      admin,
    );
    expect(draft.sections[0]!.text).toContain("durata di otto anni dalla decorrenza, pari alla durata minima");
  });

  it("offline, applies a cost split stated in the instructions and lists the instructions as a note", async () => {
    const draft = await service([fixtureRecord()]).draft(
      {
        tipo: "convenzione",
        funzione: "polizia-locale",
        unione: "unione-prova",
        istruzioni: "riparto 50% popolazione, 50% quota fissa",
      },
      admin,
    );
    const finance = draft.sections.find((section) => section.id === "rapporti-finanziari")!.text;
    expect(finance).toContain("50% in proporzione alla popolazione residente e 50% in parti uguali");
    // Primavalle: 50% * 0,6 + 50%/3 = 46,67%
    expect(finance).toContain("| Primavalle | 12.000 | 46,67% |");
    expect(draft.notice).toContain("Nessun modello linguistico configurato");
    expect(draft.notice).toContain("riparto 50% popolazione, 50% quota fissa");
  });
});

describe("resolving the request", () => {
  it('understands loose words: "conv" and "vigili", "piano formativo"', async () => {
    const record = sampleRecords[0]!;
    const convenzione = await service().draft({ tipo: "conv", funzione: "vigili", unione: record.id }, admin);
    expect(convenzione.tipo).toBe("convenzione");
    expect(convenzione.funzione).toBe("polizia-locale");
    const piano = await service().draft({ tipo: "piano formativo", unione: record.id }, admin);
    expect(piano.tipo).toBe("piano-formativo");
    expect(piano.funzione).toBeNull();
  });

  it("drafts only the requested section, by id or by number", async () => {
    const record = sampleRecords[0]!;
    const byId = await service().draft(
      { tipo: "convenzione", funzione: "protezione-civile", unione: record.id, sezione: "recesso" },
      admin,
    );
    expect(byId.sections.map((section) => section.id)).toEqual(["recesso"]);
    const byNumber = await service().draft(
      { tipo: "convenzione", funzione: "protezione-civile", unione: record.id, sezione: "8" },
      admin,
    );
    expect(byNumber.sections.map((section) => section.id)).toEqual(["rapporti-finanziari"]);
  });

  it("refuses an unknown tipo, listing the available ones", async () => {
    const error = await failure({ tipo: "delibera-fantasma", unione: sampleRecords[0]!.id });
    expect(error.code).toBe("BAD_USAGE");
    expect(error.userMessage).toContain("Tipo di atto sconosciuto: «delibera-fantasma»");
    expect(error.userMessage).toContain("convenzione");
  });

  it("refuses a convenzione without funzione, listing the functions", async () => {
    const error = await failure({ tipo: "convenzione", unione: sampleRecords[0]!.id });
    expect(error.code).toBe("BAD_USAGE");
    expect(error.userMessage).toContain("indica la funzione");
    expect(error.userMessage).toContain("protezione-civile");
  });

  it("refuses an unknown funzione with suggestions", async () => {
    const error = await failure({ tipo: "regolamento", funzione: "astronautica", unione: sampleRecords[0]!.id });
    expect(error.code).toBe("NOT_FOUND");
    expect(error.userMessage).toContain("Funzione sconosciuta: «astronautica»");
    expect(error.userMessage).toContain("Forse intendevi:");
  });

  it("refuses an unknown Unione with the closest names", async () => {
    const error = await failure({ tipo: "piano-formativo", unione: "Unione Inesistente" }, admin, [fixtureRecord()]);
    expect(error.code).toBe("NOT_FOUND");
    expect(error.userMessage).toContain("Unione sconosciuta: «Unione Inesistente»");
    expect(error.userMessage).toContain("Forse intendevi: Unione della Prova");
  });

  it("asks for the Unione when neither the request nor the channel names one", async () => {
    const error = await failure({ tipo: "piano-formativo" });
    expect(error.code).toBe("BAD_USAGE");
    expect(error.userMessage).toContain("Indica l'Unione");
  });

  it("uses the Unione the channel is bound to", async () => {
    const draft = await service([fixtureRecord()]).draft(
      { tipo: "piano-comunicazione" },
      contextFor({ kind: "unione", unione: "unione-prova" }, "unione-prova"),
    );
    expect(draft.unione).toBe("unione-prova");
  });

  it("refuses, in Italian, an Unione outside the channel's scope", async () => {
    const other = fixtureRecord({
      id: "altra-unione",
      name: "Unione Altra",
      comuni: [
        { id: "uno", name: "Uno" },
        { id: "due", name: "Due" },
      ],
    });
    const records = [fixtureRecord(), other];
    const bound = await failure(
      { tipo: "piano-formativo", unione: "altra-unione" },
      contextFor({ kind: "unione", unione: "unione-prova" }, "unione-prova"),
      records,
    );
    expect(bound.code).toBe("FORBIDDEN");
    expect(bound.userMessage).toContain("Questo canale è collegato a un'altra Unione");
    const unbound = await failure(
      { tipo: "piano-formativo", unione: "altra-unione" },
      contextFor({ kind: "public" }),
      records,
    );
    expect(unbound.code).toBe("FORBIDDEN");
    expect(unbound.userMessage).toContain("non posso usare i dati");
  });

  it("names, when refusing, what the user typed rather than the other Unione's record", async () => {
    const other = fixtureRecord({
      id: "altra-prova",
      name: "Unione Altra Prova",
      comuni: [
        { id: "uno", name: "Uno" },
        { id: "due", name: "Due" },
      ],
    });
    const error = await failure(
      { tipo: "piano-formativo", unione: "altra-prova" },
      contextFor({ kind: "unione", unione: "unione-prova" }, "unione-prova"),
      [fixtureRecord(), other],
    );
    expect(error.code).toBe("FORBIDDEN");
    expect(error.userMessage).toContain("«altra-prova»");
  });

  it("does not suggest, in a bound channel, an Unione the channel may not see", async () => {
    const other = fixtureRecord({
      id: "altra-prova",
      name: "Unione Altra Prova",
      comuni: [
        { id: "uno", name: "Uno" },
        { id: "due", name: "Due" },
      ],
    });
    const error = await failure(
      { tipo: "piano-formativo", unione: "Prova Altrove" },
      contextFor({ kind: "unione", unione: "unione-prova" }, "unione-prova"),
      [fixtureRecord(), other],
    );
    expect(error.code).toBe("NOT_FOUND");
    expect(error.userMessage).toContain("Unione della Prova");
    expect(error.userMessage).not.toContain("Unione Altra Prova");
  });
});
