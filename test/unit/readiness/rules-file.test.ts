import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { isUnioneError } from "../../../src/core/errors.js";
import { checkReadinessRules, loadReadinessRules, parseReadinessRules } from "../../../src/readiness/rules.js";
import { knowledgeDir } from "./readiness-fixtures.js";

const shippedText = readFileSync(join(knowledgeDir, "rules", "readiness.yaml"), "utf8");

function mutated(change: (data: Record<string, any>) => void): string {
  const data = parse(shippedText) as Record<string, any>;
  change(data);
  return stringify(data);
}

describe("knowledge/rules/readiness.yaml", () => {
  it("the shipped rules are valid and cite their articles", () => {
    const result = parseReadinessRules(shippedText);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const sources = Object.fromEntries(result.rules.function_rules.map((rule) => [rule.check, rule.source]));
    expect(sources).toMatchObject({
      conferimento_tutti: "L.R. 21/2012 art. 24 c.2",
      integrale: "L.R. 21/2012 art. 24 c.4",
      personale: "L.R. 21/2012 art. 24 c.5",
      durata: "L.R. 21/2012 art. 19",
    });
    expect(result.rules.unione_rules.threshold).toMatchObject({ min_functions: 4, confidence: "da_verificare" });
    expect(result.rules.unione_rules.categories.confidence).toBe("da_verificare");
    expect(result.rules.deliverables.deadline).toBe("2024-06-30");
    expect(checkReadinessRules(knowledgeDir)).toEqual([]);
  });

  it("refuses a placeholder the check does not provide, naming the field in Italian", () => {
    const text = mutated((data) => {
      data.function_rules[2].messages.fallita = "{{funzione}} manca in {{provincia}}";
    });
    const result = parseReadinessRules(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]?.field).toBe("function_rules.2.messages.fallita");
    expect(result.problems[0]?.message).toContain("segnaposto non ammessi: {{provincia}}");
  });

  it("refuses an unknown check kind, a non-integer threshold and a missing source", () => {
    const text = mutated((data) => {
      data.function_rules[0].check = "magia";
      data.unione_rules.threshold.min_functions = 3.5;
      delete data.deliverables.source;
    });
    const result = parseReadinessRules(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const fields = result.problems.map((problem) => problem.field);
    expect(fields).toEqual(
      expect.arrayContaining(["function_rules.0.check", "unione_rules.threshold.min_functions", "deliverables.source"]),
    );
    expect(result.problems.find((problem) => problem.field === "deliverables.source")?.message).toBe(
      "campo obbligatorio mancante",
    );
  });

  it("refuses an unknown deliverable id and an impossible deadline", () => {
    const text = mutated((data) => {
      data.deliverables.required_by_type.esistente.documents.push("piano-ferie");
      data.deliverables.deadline = "2024-02-30";
    });
    const result = parseReadinessRules(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const messages = result.problems.map((problem) => `${problem.field}: ${problem.message}`).join("\n");
    expect(messages).toContain("deliverables.deadline: non è una data esistente");
    expect(messages).toContain("deliverables.required_by_type.esistente.documents.4");
  });

  it("refuses duplicated rule ids", () => {
    const result = parseReadinessRules(
      mutated((data) => {
        data.function_rules[1].id = data.function_rules[0].id;
      }),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message).toBe("codici di regola ripetuti: art24-gestione-avviata");
  });

  it("reports broken YAML and a missing file as Italian errors", () => {
    expect(parseReadinessRules("a: [1, 2").ok).toBe(false);
    const empty = mkdtempSync(join(tmpdir(), "rules-"));
    expect(checkReadinessRules(empty)[0]?.message).toContain("mancante");
    try {
      loadReadinessRules(empty);
      expect.unreachable();
    } catch (error) {
      expect(isUnioneError(error) && error.code).toBe("INVALID_KNOWLEDGE");
    }
  });

  it("loadReadinessRules throws INVALID_KNOWLEDGE listing the bad field", () => {
    const folder = mkdtempSync(join(tmpdir(), "rules-"));
    mkdirSync(join(folder, "rules"));
    writeFileSync(
      join(folder, "rules", "readiness.yaml"),
      mutated((data) => {
        data.function_rules[5].min_years = 0;
      }),
    );
    expect(() => loadReadinessRules(folder)).toThrow(/Regole di prontezza non valide/);
    try {
      loadReadinessRules(folder);
    } catch (error) {
      expect(isUnioneError(error) && error.userMessage).toContain("function_rules.5.min_years");
    }
  });
});
