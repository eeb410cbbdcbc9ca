import { describe, expect, it } from "vitest";
import { renderPrompt } from "../../../src/llm/prompt-template.js";

describe("renderPrompt", () => {
  it("fills every placeholder and does not re-scan inserted values", () => {
    expect(
      renderPrompt("Domanda: {{question}}\nFonti: {{ sources }}", { question: "{{sources}}?", sources: "[1] art. 24" }),
    ).toBe("Domanda: {{sources}}?\nFonti: [1] art. 24");
  });
  it("fails on a missing variable", () => {
    expect(() => renderPrompt("{{a}} {{b}}", { a: "x" })).toThrow(/manca la variabile "b"/);
  });
  it("fails on an unused variable", () => {
    expect(() => renderPrompt("{{a}}", { a: "x", b: "y" })).toThrow(/variabili non usate b/);
  });
});
