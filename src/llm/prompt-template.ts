/**
 * Prompts live in prompts/NAME.md with {{variable}} placeholders; a system and a user file together become one
 * LangChain ChatPromptTemplate (mustache format: values go in verbatim, never HTML-escaped and never re-scanned
 * for placeholders, so a document cannot smuggle one in). Formatting is strict both ways: a placeholder without a
 * value, or a value the prompt does not use, is an error, so a prompt and its caller cannot drift apart silently.
 * The files are read when the prompt is loaded (a missing file fails early); LangChain's prompt module, slow to
 * import, only when a prompt is first formatted.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { BaseMessage } from "@langchain/core/messages";
import type { ChatPromptTemplate } from "@langchain/core/prompts";
import { UnioneError } from "../core/errors.js";

export interface ChatPrompt {
  readonly name: string;
  /** The LangChain template, to compose into a chain (`template.pipe(model)`). */
  template(): Promise<ChatPromptTemplate>;
  /** The messages for a model call; throws when `values` and the placeholders differ. */
  format(values: Record<string, string>): Promise<BaseMessage[]>;
}

export function loadChatPrompt(promptsDir: string, system: string, user: string): ChatPrompt {
  const systemText = readFileSync(join(promptsDir, `${system}.md`), "utf8");
  const userText = readFileSync(join(promptsDir, `${user}.md`), "utf8");
  const name = `${system} + ${user}`;
  let built: Promise<ChatPromptTemplate> | null = null;
  function template(): Promise<ChatPromptTemplate> {
    built ??= import("@langchain/core/prompts").then(({ ChatPromptTemplate }) =>
      ChatPromptTemplate.fromMessages(
        [
          ["system", systemText],
          ["human", userText],
        ],
        { templateFormat: "mustache" },
      ),
    );
    return built;
  }
  return {
    name,
    template,
    async format(values) {
      const prompt = await template();
      checkPromptVariables(name, prompt.inputVariables, values);
      return prompt.formatMessages(values);
    },
  };
}

export function checkPromptVariables(name: string, expected: readonly string[], values: Record<string, string>): void {
  const missing = expected.filter((key) => values[key] === undefined);
  const unused = Object.keys(values).filter((key) => !expected.includes(key));
  if (missing.length === 0 && unused.length === 0) return;
  const problems = [
    ...(missing.length ? [`manca la variabile ${missing.map((key) => `"${key}"`).join(", ")}`] : []),
    ...(unused.length ? [`variabili non usate ${unused.join(", ")}`] : []),
  ];
  throw new UnioneError("INTERNAL", "Errore interno nella preparazione della richiesta al modello.", {
    detail: `prompt ${name}: ${problems.join("; ")}`,
  });
}
