/** The evidence prompt: prompts/evidence-system.md and prompts/evidence.md as one chat template, strictly filled. */
import type { BaseMessage } from "@langchain/core/messages";
import { type ChatPrompt, loadChatPrompt } from "../llm/prompt-template.js";

export type EvidencePromptValues = Record<
  "ente" | "organo" | "unione" | "unione_codice" | "funzioni" | "documenti" | "atto",
  string
>;

const prompts = new Map<string, ChatPrompt>();

export function evidencePromptMessages(promptsDir: string, values: EvidencePromptValues): Promise<BaseMessage[]> {
  let prompt = prompts.get(promptsDir);
  if (!prompt) {
    prompt = loadChatPrompt(promptsDir, "evidence-system", "evidence");
    prompts.set(promptsDir, prompt);
  }
  return prompt.format(values);
}
