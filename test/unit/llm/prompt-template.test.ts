/**
 * Prompts from prompts/ as LangChain chat prompt templates. Bad input tried: a missing variable, an unused one,
 * a value that contains a placeholder or HTML, a prompt file that does not exist.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ChatPromptTemplate } from "@langchain/core/prompts";
import { afterAll, describe, expect, it } from "vitest";
import { loadChatPrompt } from "../../../src/llm/prompt-template.js";

const projectPrompts = join(import.meta.dirname, "..", "..", "..", "prompts");
const scratch = mkdtempSync(join(tmpdir(), "unione-prompts-"));
writeFileSync(join(scratch, "sistema.md"), "Sei un assistente per {{ente}}.");
writeFileSync(join(scratch, "utente.md"), "Domanda: {{question}}\nFonti: {{ sources }}");
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("loadChatPrompt", () => {
  it("builds one LangChain chat template from the two files and fills every placeholder verbatim", async () => {
    const prompt = loadChatPrompt(scratch, "sistema", "utente");
    expect(await prompt.template()).toBeInstanceOf(ChatPromptTemplate);
    const messages = await prompt.format({ ente: "l'Unione", question: "{{sources}} <b>?", sources: "[1] art. 24" });
    expect(messages.map((message) => message.getType())).toEqual(["system", "human"]);
    expect(messages[0]?.text).toBe("Sei un assistente per l'Unione.");
    // Not re-scanned (no placeholder smuggled in by a value), not HTML-escaped.
    expect(messages[1]?.text).toBe("Domanda: {{sources}} <b>?\nFonti: [1] art. 24");
  });

  it("fails on a missing variable", async () => {
    const prompt = loadChatPrompt(scratch, "sistema", "utente");
    await expect(prompt.format({ ente: "x", question: "y" })).rejects.toThrow(/manca la variabile "sources"/);
  });

  it("fails on an unused variable", async () => {
    const prompt = loadChatPrompt(scratch, "sistema", "utente");
    await expect(prompt.format({ ente: "x", question: "y", sources: "z", extra: "w" })).rejects.toThrow(
      /variabili non usate extra/,
    );
  });

  it("fails at once when a prompt file is missing", () => {
    expect(() => loadChatPrompt(scratch, "sistema", "non-esiste")).toThrow(/non-esiste\.md/);
  });

  it("the project's prompts declare exactly the variables their callers fill", async () => {
    const answer = await loadChatPrompt(projectPrompts, "answer-system", "answer").template();
    expect([...answer.inputVariables].sort()).toEqual(["history", "question", "sources"]);
    const draft = await loadChatPrompt(projectPrompts, "draft-refine", "draft-refine-input").template();
    expect([...draft.inputVariables].sort()).toEqual([
      "citazioni_ammesse",
      "comuni",
      "istruzioni",
      "passaggi",
      "sezione_testo",
      "sezione_titolo",
      "titolo_atto",
    ]);
  });
});
