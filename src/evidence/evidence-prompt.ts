/** The messages of the evidence prompt: prompts/evidence-system.md and prompts/evidence.md, strictly filled. */
import type { ChatMessage } from "../llm/chat-model.js";
import { loadPrompt, renderPrompt } from "../llm/prompt-template.js";

export type EvidencePromptValues = Record<
  "ente" | "organo" | "unione" | "unione_codice" | "funzioni" | "documenti" | "atto",
  string
>;

export function evidencePromptMessages(promptsDir: string, values: EvidencePromptValues): ChatMessage[] {
  return [
    { role: "system", content: renderPrompt(loadPrompt("evidence-system", promptsDir), {}, "evidence-system") },
    { role: "user", content: renderPrompt(loadPrompt("evidence", promptsDir), values, "evidence") },
  ];
}
