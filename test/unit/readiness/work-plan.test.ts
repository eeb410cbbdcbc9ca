/**
 * The status as a work plan, on mutated records: a function with every fact known, ICT active with unknown
 * facts, a Comune missing from a conferral, unknown conferrals; art. 7 c.3 with its own action; suggestions only
 * among the functions of art. 7 c.3; the programme in force from the rules.
 */
import { describe, expect, it } from "vitest";
import { unioneRecordSchema } from "../../../src/knowledge/record-schema.js";
import { evaluateReadiness } from "../../../src/readiness/evaluate-readiness.js";
import { renderStatusText } from "../../../src/readiness/render-status-text.js";
import { toStatusJson } from "../../../src/readiness/status-json.js";
import {
  fixtureCatalog,
  passingFunction,
  readyRecord,
  shippedRules,
  today,
  withFunction,
} from "./readiness-fixtures.js";

const rules = shippedRules();
const catalog = fixtureCatalog();
const unknownFacts = {
  conferring_comuni: null,
  integral: null,
  staff_transferred: null,
  resources_transferred: null,
  start_date: null,
  duration_years: null,
};

describe("work plan per function", () => {
  it("a function with every fact known counts and has nothing to collect", () => {
    const plan = evaluateReadiness(readyRecord(), rules, catalog, today).plan!;
    expect(plan.find((item) => item.id === "suap")).toMatchObject({ outcome: "conta", actions: [], collect: [] });
  });

  it("unknown facts make a function 'da verificare', grouped by whom to ask, never a failure of the law", () => {
    const report = evaluateReadiness(withFunction("polizia-locale", unknownFacts), rules, catalog, today);
    const police = report.plan!.find((item) => item.id === "polizia-locale")!;
    expect(police.outcome).toBe("da_verificare");
    expect(police.actions).toEqual([]);
    expect(police.collect).toEqual([
      {
        comuni: ["Alfa", "Beta", "Gamma"],
        facts: [
          "numero e data della delibera consiliare di conferimento",
          "eventuali attività rimaste al Comune (integralità)",
          "personale trasferito all'Unione",
          "risorse finanziarie e strumentali trasferite",
        ],
      },
      { comuni: [], facts: ["data di avvio", "durata del conferimento, o conferimento a tempo indeterminato"] },
    ]);
    const text = renderStatusText(report);
    expect(text).toContain("? Polizia locale — attiva (data di avvio non nota): da verificare (mancano dati)");
    expect(text).toContain("da raccogliere da ciascuno dei 3 Comuni aderenti: numero e data della delibera");
    expect(text).toContain("dalla convenzione e dagli atti dell'Unione: data di avvio");
  });

  it("a Comune missing from the conferral is a known failure with its action; the rest is not re-asked", () => {
    const report = evaluateReadiness(
      withFunction("polizia-locale", { conferring_comuni: ["alfa", "gamma"], staff_transferred: null }),
      rules,
      catalog,
      today,
    );
    const police = report.plan!.find((item) => item.id === "polizia-locale")!;
    expect(police.outcome).toBe("non_conta");
    expect(police.actions).toEqual(["Far deliberare al Comune di Beta il conferimento della funzione Polizia locale"]);
    expect(police.collect).toEqual([{ comuni: ["Alfa", "Beta", "Gamma"], facts: ["personale trasferito all'Unione"] }]);
  });

  it("a planned function without a date reads grammatically, and a planned date already passed says so", () => {
    const undated = evaluateReadiness(
      withFunction("suap", { state: "pianificata", planned_date: null }),
      rules,
      catalog,
      today,
    );
    const reasons = undated.functions.find((item) => item.id === "suap")!.reasons.join(" ");
    expect(reasons).toContain(
      "La funzione SUAP è pianificata e non ancora avviata (data di avvio prevista non indicata)",
    );
    const passed = evaluateReadiness(
      withFunction("suap", { state: "pianificata", planned_date: "2024-01-31" }),
      rules,
      catalog,
      today,
    );
    expect(passed.plan!.find((item) => item.id === "suap")!.actions[0]).toContain("31/01/2024, data già passata");
  });
});

describe("art. 7 c.3 in the work plan", () => {
  it("ICT active with unknown facts is 'da verificare', never 'assente', with its own action", () => {
    const report = evaluateReadiness(withFunction("ict", unknownFacts), rules, catalog, today);
    expect(report.art7).toMatchObject({
      status: "da_verificare",
      ict: false,
      ictStatus: "attiva ma con dati da verificare",
    });
    expect(report.art7!.message).not.toContain("assente");
    expect(report.art7!.message).toContain("Art. 7 c.3 da verificare");
    expect(report.art7!.action).toContain("raccogliere i dati mancanti di ICT");
  });

  it("without ICT in the record the requirement is not met and ICT is named as absent and to confer", () => {
    const record = readyRecord();
    const withoutIct = unioneRecordSchema.parse({
      ...record,
      functions: record.functions.filter((item) => item.code !== "ict"),
    });
    const report = evaluateReadiness(withoutIct, rules, catalog, today);
    expect(report.art7).toMatchObject({ status: "non_rispettato", ictStatus: "assente" });
    expect(report.art7!.action).toContain("la funzione ICT (da conferire)");
  });

  it("a satisfied requirement has no action", () => {
    const report = evaluateReadiness(readyRecord(), rules, catalog, today);
    expect(report.art7).toMatchObject({ status: "rispettato", satisfied: true, action: null });
  });

  it("threshold suggestions name only functions of art. 7 c.3, never the CUC", () => {
    const record = readyRecord();
    const functions = [
      passingFunction("cuc", { staff_transferred: null }),
      passingFunction("ict", { state: "proposta" }),
      passingFunction("polizia-locale"),
    ];
    const report = evaluateReadiness(unioneRecordSchema.parse({ ...record, functions }), rules, catalog, today);
    const threshold = report.gaps.find((gap) => gap.rule === "prt-soglia-funzioni")!;
    expect(threshold.action).toContain("ICT");
    expect(threshold.action).not.toContain("Centrale unica di committenza");
  });
});

describe("programme dates", () => {
  it("the PRT in force on the evaluation day comes from the rules, beside the change-manager deadline", () => {
    const report = evaluateReadiness(readyRecord(), rules, catalog, new Date("2026-11-27T10:00:00Z"));
    expect(report.programmeInForce).toMatchObject({ name: "PRT 2024-2026", daysToEnd: 34 });
    const text = renderStatusText(report);
    expect(text).toContain(
      "Programma di riordino in vigore: PRT 2024-2026 (DGR 941 del 27/05/2024), fino al 31/12/2026 (tra 34 giorni",
    );
    expect(text).toContain("domande di contributo 2024: dal 03/06/2024 al 15/07/2024 (chiusa da 865 giorni)");
    expect(text).toContain("Scadenza del Programma change manager 2023: 30/06/2024 (scaduta da 880 giorni)");
    expect(toStatusJson(report).programme_in_force?.id).toBe("prt-2024-2026");
  });

  it("a day no programme covers says none is recorded, instead of showing an old one", () => {
    const report = evaluateReadiness(readyRecord(), rules, catalog, new Date("2031-01-10T10:00:00Z"));
    expect(report.programmeInForce).toBeNull();
    expect(renderStatusText(report)).toContain("nessuno registrato per oggi nelle regole");
  });
});
