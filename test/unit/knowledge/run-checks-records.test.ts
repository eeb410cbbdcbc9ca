import { describe, expect, it } from "vitest";
import { runUnioneCheck } from "../../../src/app/knowledge-maintenance.js";
import type { CheckProblem } from "../../../src/knowledge/check-problem.js";
import { conferralException } from "../../../src/readiness/function-checks.js";
import { loadReadinessRules } from "../../../src/readiness/rules.js";
import { copyKnowledge, lineContaining, replaceOnce, shippedKnowledge } from "./support/knowledge-copy.js";

const today = new Date("2025-12-01T12:00:00Z");
const example = "unioni/unione-esempio/record.yaml";
const delta = "unioni/terre-del-delta/record.yaml";
const acqua = "unioni/terre-d-acqua/record.yaml";
const errorsOf = (dir: string): CheckProblem[] =>
  runUnioneCheck(dir, today).filter((problem) => problem.severity === "error");
/** The first polizia-locale block of the example record, as shipped. */
const exampleConferral =
  "conferring_comuni: [borgofittizio, poggio-d-esempio, castel-immaginario, villa-modello]\n    integral: true\n    staff_transferred: true\n    resources_transferred: true\n    start_date: 2019-01-01\n    duration_years: 10\n    open_ended: false\n    acts:\n      - { organ: Consiglio dell'Unione, type: deliberazione, number: 4,";

describe("unione check on the shipped knowledge", () => {
  it("finds no problem at all, not even a warning", () => {
    expect(runUnioneCheck(shippedKnowledge, today)).toEqual([]);
  });
});

describe("unione check on broken records (copies of the shipped files)", () => {
  it("names a Comune that did not confer an active function, citing art. 24 c.2", () => {
    const dir = copyKnowledge();
    replaceOnce(dir, example, exampleConferral, exampleConferral.replace(", villa-modello]", "]"));
    const errors = errorsOf(dir);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      field: "functions[1].conferring_comuni",
      line: lineContaining(dir, example, "castel-immaginario]"),
    });
    expect(errors[0]!.message).toMatch(/polizia-locale.*Villa Modello.*L\.R\. 21\/2012 art\. 24 c\.2/);
  });

  it("only warns when a planned function is not yet conferred by every Comune", () => {
    const dir = copyKnowledge();
    replaceOnce(
      dir,
      delta,
      "  - code: suap\n    state: pianificata\n",
      "  - code: suap\n    state: pianificata\n    conferring_comuni: [codigoro, mesola]\n",
    );
    const problems = runUnioneCheck(dir, today);
    expect(problems).toEqual([
      expect.objectContaining({
        severity: "warning",
        field: "functions[3].conferring_comuni",
        message: expect.stringMatching(/"suap" \(pianificata\).*Goro/),
      }),
    ]);
  });

  it("accepts the missing conferral of a Comune under a commissario (art. 24 c.4-quater)", () => {
    const dir = copyKnowledge();
    replaceOnce(dir, example, exampleConferral, exampleConferral.replace(", villa-modello]", "]"));
    replaceOnce(
      dir,
      example,
      "    population: 5220\n    population_year: 2024\n    status: ordinario",
      "    population: 5220\n    population_year: 2024\n    status: commissariato",
    );
    expect(errorsOf(dir)).toEqual([]);
  });

  it("refuses a conferral of 4 years citing art. 19, unless it is open-ended", () => {
    const dir = copyKnowledge();
    replaceOnce(dir, example, exampleConferral, exampleConferral.replace("duration_years: 10", "duration_years: 4"));
    const errors = errorsOf(dir);
    expect(errors).toEqual([
      expect.objectContaining({
        field: "functions[1].duration_years",
        line: lineContaining(dir, example, "duration_years: 4"),
      }),
    ]);
    expect(errors[0]!.message).toMatch(/4 anni.*minimo di 5.*art\. 19/);
    replaceOnce(dir, example, "duration_years: 4\n    open_ended: false", "duration_years: 4\n    open_ended: true");
    expect(errorsOf(dir)).toEqual([]);
  });

  it("names a typo in a function code and suggests the right one", () => {
    const dir = copyKnowledge();
    replaceOnce(dir, delta, "- code: polizia-locale", "- code: polizia-locle");
    const errors = errorsOf(dir);
    expect(errors).toEqual([
      expect.objectContaining({ field: "functions[0].code", line: lineContaining(dir, delta, "polizia-locle") }),
    ]);
    expect(errors[0]!.message).toMatch(/sconosciuto "polizia-locle".*forse "polizia-locale"/);
  });

  it("names a function listed twice in the same record", () => {
    const dir = copyKnowledge();
    replaceOnce(dir, acqua, "- code: tributi", "- code: cuc");
    expect(errorsOf(dir)).toEqual([
      expect.objectContaining({ field: "functions[5].code", message: expect.stringMatching(/più volte/) }),
    ]);
  });

  it("names a Comune in two Unioni, by code or by name, citing art. 19", () => {
    const dir = copyKnowledge();
    replaceOnce(dir, acqua, "comuni:\n", "comuni:\n  - id: goro\n    name: Goro\n");
    const errors = errorsOf(dir);
    expect(errors.map((problem) => problem.file.replace(/^.*unioni\//, "")).sort()).toEqual([
      "terre-d-acqua/record.yaml",
      "terre-del-delta/record.yaml",
    ]);
    expect(errors.every((problem) => /Goro.*una sola Unione \(L\.R\. 21\/2012 art\. 19\)/.test(problem.message))).toBe(
      true,
    );
    const byName = copyKnowledge();
    replaceOnce(byName, acqua, "comuni:\n", "comuni:\n  - id: comune-di-mesola\n    name: MESOLA\n");
    expect(errorsOf(byName)).toHaveLength(2);
  });

  it("names Comune codes that are not members (conferral and act)", () => {
    const dir = copyKnowledge();
    replaceOnce(
      dir,
      example,
      exampleConferral,
      exampleConferral.replace("villa-modello]", "villa-modello, lagosanto]"),
    );
    replaceOnce(
      dir,
      example,
      "comune: borgofittizio, confidence: confermato }\n  - id: poggio",
      "comune: fiscaglia, confidence: confermato }\n  - id: poggio",
    );
    const messages = errorsOf(dir).map((problem) => `${problem.field} ${problem.message}`);
    expect(messages).toEqual([
      expect.stringMatching(/^comuni\[0\]\.council_act\.comune .*"fiscaglia"/),
      expect.stringMatching(/^functions\[1\]\.conferring_comuni\[4\] .*"lagosanto"/),
    ]);
  });

  it("names the folder whose record carries another id", () => {
    const dir = copyKnowledge();
    replaceOnce(dir, delta, "id: terre-del-delta", "id: delta");
    expect(errorsOf(dir)).toEqual([
      expect.objectContaining({
        field: "id",
        line: lineContaining(dir, delta, "id: delta"),
        message: expect.stringMatching(/cartella "terre-del-delta"/),
      }),
    ]);
  });

  it("reports schema errors with file, line and field", () => {
    const dir = copyKnowledge();
    replaceOnce(dir, delta, "type: costituita", "type: nuova");
    const errors = errorsOf(dir);
    expect(errors).toEqual([
      expect.objectContaining({ field: "type", line: lineContaining(dir, delta, "type: nuova") }),
    ]);
    expect(errors[0]!.file).toMatch(/unioni\/terre-del-delta\/record\.yaml$/);
  });
});

describe("exceptions of art. 24 c.4-bis/ter/quater (the rules file, as status and check both apply them)", () => {
  const comune = { id: "x", name: "X", population: null, population_year: null, council_act: null };
  const exceptions = (() => {
    const rule = loadReadinessRules(shippedKnowledge).function_rules.find(
      (item) => item.check === "conferimento_tutti",
    );
    return rule?.check === "conferimento_tutti" ? rule.exceptions : [];
  })();
  const excused = (status: string, statusUntil: string | null, today: string) =>
    conferralException({ ...comune, status, status_until: statusUntil } as never, exceptions, today)?.state ===
    "applies";

  it("grants c.4-ter to a Comune born from a fusion only while its first term lasts", () => {
    expect(excused("nato_da_fusione", "2026-05-31", "2025-06-30")).toBe(true);
    expect(excused("nato_da_fusione", "2024-05-31", "2025-06-30")).toBe(false);
    expect(excused("nato_da_fusione", null, "2025-06-30")).toBe(false);
    expect(excused("fusione_in_corso", null, "2025-06-30")).toBe(true);
    expect(excused("ordinario", null, "2025-06-30")).toBe(false);
  });

  it("judges a lapsed exception on the day of the check, like the status report", () => {
    const dir = copyKnowledge();
    replaceOnce(dir, example, exampleConferral, exampleConferral.replace(", villa-modello]", "]"));
    replaceOnce(
      dir,
      example,
      "    population: 5220\n    population_year: 2024\n    status: ordinario",
      "    population: 5220\n    population_year: 2024\n    status: commissariato\n    status_until: 2025-09-30",
    );
    expect(
      runUnioneCheck(dir, new Date("2025-09-01T12:00:00Z")).filter((problem) => problem.severity === "error"),
    ).toEqual([]);
    expect(
      runUnioneCheck(dir, new Date("2025-10-01T12:00:00Z")).filter((problem) => problem.severity === "error"),
    ).toEqual([
      expect.objectContaining({
        field: "functions[1].conferring_comuni",
        message: expect.stringMatching(/Villa Modello/),
      }),
    ]);
  });
});
