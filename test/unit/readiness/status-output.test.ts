import { describe, expect, it } from "vitest";
import { evaluateReadiness } from "../../../src/readiness/evaluate-readiness.js";
import { renderStatusText, renderSummaryText } from "../../../src/readiness/render-status-text.js";
import { toStatusJson } from "../../../src/readiness/status-json.js";
import { fixtureCatalog, readyRecord, shippedRules, today, withFunction } from "./readiness-fixtures.js";

const rules = shippedRules();
const catalog = fixtureCatalog();
const notReady = () =>
  evaluateReadiness(withFunction("polizia-locale", { conferring_comuni: ["alfa", "gamma"] }), rules, catalog, today);

describe("status output", () => {
  it("the JSON has exactly the contract keys (plus documented extras) with the right types", () => {
    const json = JSON.parse(JSON.stringify(toStatusJson(notReady())));
    const contract = [
      "unione",
      "ready",
      "functions",
      "counted",
      "required",
      "deliverables",
      "gaps",
      "deadline",
      "as_of",
    ];
    expect(Object.keys(json).slice(0, contract.length)).toEqual(contract);
    expect(Object.keys(json.unione)).toEqual(["id", "name"]);
    expect(json.unione).toEqual({ id: "unione-prova", name: "Unione di prova" });
    expect(json.ready).toBe(false);
    expect(Object.keys(json.functions[0])).toEqual(["id", "name", "counts", "reasons"]);
    expect(json.functions[1]).toMatchObject({ id: "polizia-locale", counts: false });
    expect(json.functions[1].reasons[0]).toContain("L.R. 21/2012 art. 24 c.2");
    expect(json.counted).toBe(3);
    expect(json.required).toBe(4);
    expect(Object.keys(json.deliverables[0])).toEqual(["id", "name", "status"]);
    for (const gap of json.gaps) {
      expect(Object.keys(gap).slice(0, 3)).toEqual(["rule", "source", "message"]);
      expect(typeof gap.source).toBe("string");
    }
    expect(json.deadline).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(json.as_of).toBe("2024-06-01");
    expect(json.days_to_deadline).toBe(15);
    expect(json.example).toBe(false);
  });

  it("deadline is null when the rules fix none", () => {
    const noDeadline = structuredClone(rules);
    noDeadline.deliverables.deadline = null;
    const json = toStatusJson(evaluateReadiness(readyRecord(), noDeadline, catalog, today));
    expect(json.deadline).toBeNull();
    expect(json.days_to_deadline).toBeNull();
  });

  it("the text says the verdict, counted/required, Italian dates, and each gap with source and action", () => {
    const text = renderStatusText(notReady());
    expect(text).toContain("Unione di prova (unione-prova): NON PRONTA");
    expect(text).toContain("Dati aggiornati al 01/06/2024");
    expect(text).toContain("Funzioni che contano: 3 su 4 richieste");
    expect(text).toContain("30/06/2024 (tra 15 giorni)");
    expect(text).toContain("✗ Polizia locale — attiva dal 01/01/2020: non conta");
    expect(text).toContain("→ Far deliberare al Comune di Beta il conferimento della funzione Polizia locale");
    // Every gap with its article only when the full list is asked for.
    expect(text).not.toContain("[L.R. 21/2012 art. 24 c.2]");
    expect(renderStatusText(notReady(), { full: true })).toContain("[L.R. 21/2012 art. 24 c.2]");
    expect(text).not.toMatch(/2024-06-30/);
  });

  it("a ready Unione says PRONTA with no gaps; the fictional example is labelled", () => {
    const text = renderStatusText(evaluateReadiness(readyRecord({ example: true }), rules, catalog, today));
    expect(text).toContain(": PRONTA [ESEMPIO FITTIZIO");
    expect(text).toContain("Nessuna lacuna");
  });

  it("the summary has one line per Unione", () => {
    const reports = [
      notReady(),
      evaluateReadiness(
        readyRecord({ id: "altra", name: "Altra Unione", example: true }),
        rules,
        catalog,
        new Date("2024-07-02"),
      ),
    ];
    const lines = renderSummaryText(reports).split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /^unione-prova: Unione di prova: NON PRONTA, 3\/4 funzioni, scadenza 30\/06\/2024 \(tra 15 giorni\), \d+ lacune/,
    );
    expect(lines[1]).toContain("PRONTA, 4/4 funzioni, scadenza 30/06/2024 (scaduta da 2 giorni), 0 lacune");
    expect(lines[1]).toContain("ESEMPIO FITTIZIO");
    expect(renderSummaryText([])).toBe("Nessuna Unione visibile da qui.");
  });
});
