/**
 * From two verbali written the way many Comuni write them (the narrative opening right after the OGGETTO with "Il
 * giorno…" or "Addì…", the start as "ha decorrenza 01/05/2025" or "a far data dal primo gennaio duemilaventicinque")
 * to the record, the status and the convenzione: one Comune conferred civil protection, one the SUAP. Inputs tried:
 * an OGGETTO with no premessa before the narrative, a start stated without "dal", a planned function whose conferral
 * has started, a gap about a Comune whose neighbours' acts are on record.
 */
import { cpSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { silentLogger } from "../../../src/core/logger.js";
import { createDraftService } from "../../../src/drafting/create-draft-service.js";
import type { Proposal } from "../../../src/evidence/proposal.js";
import { stateFollowUps } from "../../../src/evidence/proposal-updates.js";
import { createFunctionCatalog } from "../../../src/knowledge/function-catalog.js";
import { evaluateReadiness } from "../../../src/readiness/evaluate-readiness.js";
import { loadReadinessRules } from "../../../src/readiness/rules.js";
import { factKey } from "../../fixtures/evidence/expected.js";
import { contextFor } from "../drafting/drafting-fixtures.js";
import { evidenceHarness, fixturesDir, knowledgeWithFixtures, promptsDir, today } from "./evidence-harness.js";

const folder = join(fixturesDir, "verbale", "terre-del-delta");

const key = (proposal: Proposal) => factKey({ ...proposal.target, ...proposal, comune: proposal.comune ?? null });

describe("facts from verbali opening with their narrative", () => {
  it("reads the start in any usual wording and ends the subject at the verbale's narrative", async () => {
    const { service } = isolated();
    const run = await service.review("terre-del-delta");
    const keys = run.proposals.map(key);
    expect(keys).toEqual(
      expect.arrayContaining([
        'suap.start_date="2025-05-01"@codigoro',
        "suap.duration_years=5@codigoro",
        'protezione-civile.start_date="2025-01-01"@mesola',
        "protezione-civile.duration_years=6@mesola",
      ]),
    );
    const subjects = new Set(run.proposals.map((proposal) => proposal.act.subject));
    expect([...subjects].sort()).toEqual([
      "CONFERIMENTO ALL'UNIONE TERRE DEL DELTA DELLA FUNZIONE DI SPORTELLO UNICO PER LE ATTIVITA' PRODUTTIVE (SUAP). APPROVAZIONE DELLO SCHEMA DI CONVENZIONE.",
      "FUNZIONE DI PROTEZIONE CIVILE. CONFERIMENTO ALL'UNIONE DEI COMUNI TERRE DEL DELTA.",
    ]);
  });

  it("a planned function whose conferral has started becomes active; gaps cite only their own Comune", async () => {
    const { service, records, knowledge } = isolated();
    const { refused } = await service.applyNew("terre-del-delta", "cli");
    expect(refused).toEqual([]);
    const record = records.get("terre-del-delta")!;
    const civil = record.functions.find((item) => item.code === "protezione-civile")!;
    expect(civil).toMatchObject({ state: "attiva", start_date: "2025-01-01", conferring_comuni: ["mesola"] });
    expect(civil.acts.find((act) => act.number === "66")?.fields).toContain("state");
    const stateEntry = records
      .history("terre-del-delta", 100)
      .find((entry) => entry.target === "protezione-civile" && entry.field === "state");
    expect(stateEntry).toMatchObject({ oldValue: "pianificata", newValue: "attiva", act: { number: "66" } });
    // The record now speaks of the latest start it states active (Codigoro's SUAP, 01/05/2025).
    expect(record.as_of).toBe("2025-05-01");
    expect(record.functions.find((item) => item.code === "suap")).toMatchObject({
      state: "attiva",
      start_date: "2025-05-01",
    });

    const catalog = createFunctionCatalog(knowledge);
    const report = evaluateReadiness(record, loadReadinessRules(knowledge), catalog, today);
    const reasons = report.functions.find((item) => item.id === "protezione-civile")!.reasons.join("\n");
    expect(reasons).not.toMatch(/pianificata|aggiornare la scheda/);
    const codigoro = report.gaps.find((gap) =>
      gap.message.includes("Protezione civile non è conferita dal Comune di Codigoro"),
    );
    expect(codigoro?.message).toBe(
      "La funzione Protezione civile non è conferita dal Comune di Codigoro: atto atteso, la delibera di conferimento del Consiglio comunale di Codigoro",
    );
    expect(report.gaps.filter((gap) => /Goro|Mesola/.test(gap.message) && gap.message.includes("Codigoro n."))).toEqual(
      [],
    );
  });

  it("the convenzione says which Comune conferred, with its act, and which have still to confer", async () => {
    const { service, records, knowledge } = isolated();
    await service.applyNew("terre-del-delta", "cli");
    const drafts = createDraftService({
      knowledgeDir: knowledge,
      records,
      catalog: createFunctionCatalog(knowledge),
      promptsDir,
      logger: silentLogger(),
      clock: () => today,
      minimumDurationYears: loadReadinessRules(knowledge).minimumDurationYears,
    });
    const draft = await drafts.draft(
      { tipo: "convenzione", funzione: "protezione-civile", unione: "terre-del-delta" },
      contextFor({ kind: "all" }),
    );
    const premesse = draft.sections[0]!.text;
    expect(premesse).toContain(
      "la funzione Protezione civile è stata conferita all'Unione dal Comune di Mesola (deliberazione n. 66 del 19/12/2024) ed è esercitata dall'Unione per il suo territorio dal 01/01/2025; non è ancora conferita dai Comuni di Codigoro e Goro, per i quali il conferimento è programmato",
    );
    expect(premesse).not.toContain("non è ancora conferita all'Unione: il conferimento è programmato");
    const regolamento = await drafts.draft(
      { tipo: "regolamento", funzione: "protezione-civile", unione: "terre-del-delta" },
      contextFor({ kind: "all" }),
    );
    // Active for Mesola only: the Comuni are not all said to "have conferred".
    expect(draft.sections.map((section) => section.text).join("\n")).not.toContain("hanno conferito");
    expect(regolamento.sections.map((section) => section.text).join("\n")).not.toContain("hanno conferito");
  });

  it("a start still to come becomes the planned start; nothing changes without a Comune's conferral", () => {
    const { records } = evidenceHarness();
    const base = records.get("terre-del-delta")!;
    const record = {
      ...base,
      functions: base.functions.map((item) =>
        item.code === "ict" ? { ...item, conferring_comuni: ["goro"], start_date: "2026-07-01" } : item,
      ),
    };
    const proposal = {
      id: "a1b2c3d4e5f6",
      target: { kind: "function", code: "ict" },
      field: "start_date",
      value: "2026-07-01",
      comune: "goro",
      act: {
        type: "delibera",
        number: "40",
        date: "2025-12-18",
        subject: "Conferimento della funzione ICT",
        path: "unioni/terre-del-delta/cc-goro-40.pdf",
        page: 1,
        organ: "consiglio",
        ente: "Comune di Goro",
      },
      quote: "2. il conferimento decorre dal 1° luglio 2026;",
      confidence: 0.8,
      status: "nuova",
    };
    expect(stateFollowUps(proposal as Proposal, record, "2026-01-15")).toEqual([
      expect.objectContaining({ target: "ict", field: "planned_date", value: "2026-07-01" }),
    ]);
    // Once the day has come: active, and the record's date (30/06/2024) moves up to the start it now speaks of.
    expect(stateFollowUps(proposal as Proposal, record, "2026-07-01")).toEqual([
      expect.objectContaining({ target: null, field: "as_of", value: "2026-07-01", evidence: expect.anything() }),
      expect.objectContaining({ target: "ict", field: "state", value: "attiva" }),
    ]);
    // Bad input: a start on record but no Comune has conferred; a revocation.
    const none = {
      ...record,
      functions: record.functions.map((item) => (item.code === "ict" ? { ...item, conferring_comuni: [] } : item)),
    };
    expect(stateFollowUps(proposal as Proposal, none, "2026-07-01")).toEqual([]);
    const revocation = { ...proposal, field: "conferring_comuni", value: false };
    expect(stateFollowUps(revocation as Proposal, record, "2026-07-01")).toEqual([]);
  });
});

/** An evidence harness whose Terre del Delta folder holds only the two verbali of this file. */
function isolated() {
  const knowledge = knowledgeWithFixtures();
  const target = join(knowledge, "unioni", "terre-del-delta");
  for (const file of readdirSync(target).filter((name) => name.endsWith(".txt"))) rmSync(join(target, file));
  cpSync(folder, target, { recursive: true });
  return evidenceHarness({ knowledge });
}
