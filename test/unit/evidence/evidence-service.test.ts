import { describe, expect, it } from "vitest";
import { isUnioneError } from "../../../src/core/errors.js";
import type { Proposal } from "../../../src/evidence/proposal.js";
import { factSchema } from "../../../src/evidence/proposal.js";
import { factKey } from "../../fixtures/evidence/expected.js";
import { evidenceHarness } from "./evidence-harness.js";

const key = (proposal: Proposal) => factKey({ ...proposal.target, ...proposal, comune: proposal.comune ?? null });
const find = (proposals: Proposal[], text: string) => {
  const found = proposals.find((proposal) => key(proposal) === text);
  if (!found) throw new Error(`proposta mancante: ${text}`);
  return found;
};

describe("the evidence service", () => {
  it("proposes each fact once, with its act, quote and page, in the contract's shape", async () => {
    const { service } = evidenceHarness();
    const run = await service.review("terre-del-delta");
    expect(run.actsRead).toBe(13);
    expect(new Set(run.proposals.map((proposal) => proposal.id)).size).toBe(run.proposals.length);
    for (const proposal of run.proposals) {
      expect(Object.keys(proposal).sort()).toEqual(
        [
          "act",
          "confidence",
          "field",
          "id",
          "quote",
          "status",
          "target",
          "value",
          ...(proposal.comune ? ["comune"] : []),
        ].sort(),
      );
      expect(factSchema.safeParse({ ...proposal.target, field: proposal.field, value: proposal.value }).success).toBe(
        true,
      );
      expect(proposal.act.path).toMatch(/^unioni\/terre-del-delta\/(?!trap-)/);
      expect(proposal.confidence).toBeGreaterThan(0);
      expect(proposal.confidence).toBeLessThanOrEqual(1);
    }
    const codigoro = find(run.proposals, "protezione-civile.conferring_comuni=true@codigoro");
    expect(codigoro.act).toMatchObject({
      type: "delibera",
      number: "45",
      date: "2024-11-28",
      organ: "consiglio",
      ente: "Comune di Codigoro",
    });
    expect(codigoro.quote).toMatch(/^2\. di conferire all'Unione Terre del Delta/);
    expect(run.labels[codigoro.id]).toMatchObject({
      fact: "Protezione civile: conferita dal Comune di Codigoro",
      act: "Delibera C.C. di Codigoro n. 45 del 28/11/2024",
    });
  });

  it("rates against the record and the other acts: two Comuni disagreeing on the start are in conflict", async () => {
    const { service } = evidenceHarness();
    const run = await service.review("terre-del-delta");
    expect(find(run.proposals, 'polizia-locale.start_date="2025-07-01"@goro').status).toBe("in conflitto");
    expect(find(run.proposals, 'polizia-locale.start_date="2025-01-01"@mesola').status).toBe("in conflitto");
    expect(find(run.proposals, 'protezione-civile.start_date="2025-01-01"@goro').status).toBe("nuova");
    const example = await service.review("unione-esempio");
    // The example record already holds Villa Modello's ICT conferral; Poggio's three years contradict its ten.
    expect(find(example.proposals, "ict.conferring_comuni=true@villa-modello").status).toBe("già registrata");
    expect(find(example.proposals, "ict.duration_years=10@villa-modello").status).toBe("già registrata");
    expect(find(example.proposals, "polizia-locale.duration_years=3@poggio-d-esempio").status).toBe("in conflitto");
    expect(
      example.labels[find(example.proposals, "polizia-locale.duration_years=3@poggio-d-esempio").id]?.recorded,
    ).toBe("10 anni");
  });

  it("applies the new proposals as audited updates that keep the act, never the conflicts", async () => {
    const { service, records } = evidenceHarness();
    const { applied, refused } = await service.applyNew("terre-del-delta", "cli");
    expect(refused).toEqual([]);
    expect(applied.every((item) => item.proposal.status === "nuova")).toBe(true);
    const record = records.get("terre-del-delta")!;
    const protezione = record.functions.find((item) => item.code === "protezione-civile")!;
    expect(protezione).toMatchObject({
      conferring_comuni: ["codigoro", "goro"],
      start_date: "2025-01-01",
      duration_years: 5,
    });
    const codigoroAct = protezione.acts.find((act) => act.comune === "codigoro")!;
    expect(codigoroAct).toMatchObject({
      organ: "Consiglio comunale",
      type: "deliberazione",
      number: "45",
      date: "2024-11-28",
    });
    expect(codigoroAct.document).toBe("unioni/terre-del-delta/cc-codigoro-2024-45-conferimento-protezione-civile.txt");
    expect(codigoroAct.fields).toEqual(
      expect.arrayContaining(["conferring_comuni", "start_date", "duration_years", "integral"]),
    );
    // The Goro act proves the same start date: kept as a second act for it, not as a change.
    expect(protezione.acts.find((act) => act.comune === "goro")?.fields).toContain("start_date");
    const polizia = record.functions.find((item) => item.code === "polizia-locale")!;
    expect(polizia.start_date).toBeNull();
    expect(polizia.conferring_comuni).toEqual(["goro", "mesola"]);
    expect(record.giunta.composition).toBe("sindaci");
    expect(record.duration_years).toBe(15);
    expect(record.deliverables.find((item) => item.id === "piano-comunicazione")).toMatchObject({
      state: "approvato",
      date: "2025-04-15",
      act: { organ: "Giunta dell'Unione", number: "18" },
    });
    const history = records.history("terre-del-delta", 100);
    const entry = history.find((item) => item.target === "protezione-civile" && item.field === "integral")!;
    expect(entry).toMatchObject({
      user: "cli",
      oldValue: null,
      newValue: "true",
      act: { number: "45", comune: "codigoro" },
    });
    // A second look finds them recorded.
    const again = await service.review("terre-del-delta");
    expect(find(again.proposals, "protezione-civile.integral=true@codigoro").status).toBe("già registrata");
    expect(again.proposals.filter((item) => item.status === "nuova")).toEqual([]);
  });

  it("creates a function the record lacks, active when its conferral has started", async () => {
    const { service, records } = evidenceHarness();
    const run = await service.review("unione-esempio");
    const conferral = find(run.proposals, "servizi-scolastici.conferring_comuni=true@borgofittizio");
    expect(conferral.status).toBe("nuova");
    await service.confirm("unione-esempio", conferral.id, "UADMIN");
    const created = records.get("unione-esempio")!.functions.find((item) => item.code === "servizi-scolastici");
    expect(created).toMatchObject({ state: "attiva", conferring_comuni: ["borgofittizio"] });
    expect(created?.acts[0]?.fields).toEqual(["state", "conferring_comuni"]);
  });

  it("an admin's confirmation settles a conflict; a discarded proposal is never proposed again, even after a restart", async () => {
    const harness = evidenceHarness();
    const run = await harness.service.review("terre-del-delta");
    const goroStart = find(run.proposals, 'polizia-locale.start_date="2025-07-01"@goro');
    const mesolaStart = find(run.proposals, 'polizia-locale.start_date="2025-01-01"@mesola');
    await harness.service.confirm("terre-del-delta", goroStart.id, "UADMIN");
    expect(
      harness.records.get("terre-del-delta")!.functions.find((item) => item.code === "polizia-locale")?.start_date,
    ).toBe("2025-07-01");
    const discarded = await harness.service.discard("terre-del-delta", mesolaStart.id, "UADMIN");
    expect(discarded.label.fact).toBe("Polizia locale: conferimento dal 01/01/2025 (atto del Comune di Mesola)");
    const later = await harness.restart().review("terre-del-delta");
    expect(later.proposals.some((item) => item.id === mesolaStart.id)).toBe(false);
    expect(later.proposals.find((item) => item.id === goroStart.id)?.status).toBe("già registrata");
    // Bad input: an id that is not (or no longer) proposed.
    const error = await harness.service
      .confirm("terre-del-delta", mesolaStart.id, "UADMIN")
      .catch((caught: unknown) => caught);
    expect(isUnioneError(error) && error.code === "NOT_FOUND" && error.userMessage).toMatch(/non è più tra quelle/);
  });
});
