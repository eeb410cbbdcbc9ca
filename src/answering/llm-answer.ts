/**
 * The grounded LLM answer: prompts/answer-system.md + prompts/answer.md, sources wrapped as delimited data.
 * Citations to sources that were not given are removed; an answer left with no valid citation is not an answer
 * (the caller falls back to the extractive one).
 */
import type { ConversationTurn, Source } from "../core/types.js";
import type { ChatModel } from "../llm/chat-model.js";
import { loadChatPrompt } from "../llm/prompt-template.js";
import { checkCitations } from "./citations.js";
import { sourceLabel } from "./source-label.js";

export interface LlmAnswerInput {
  question: string;
  sources: Source[];
  /** The whole unit (article, comma, page) of each source, when known: the model reads what it cites. */
  units?: string[];
  history: ConversationTurn[];
}

export interface LlmAnswerOutput {
  text: string;
  valid: number[];
  removed: number[];
}

const maxHistoryTurns = 6;
const maxTurnChars = 600;

export function createLlmAnswerer(model: ChatModel, promptsDir: string) {
  const prompt = loadChatPrompt(promptsDir, "answer-system", "answer");
  return async function answerWithModel(input: LlmAnswerInput): Promise<LlmAnswerOutput> {
    const messages = await prompt.format({
      question: input.question,
      sources: formatSources(input.sources, input.units),
      history: formatHistory(input.history),
    });
    const reply = await model.complete(messages, { temperature: 0.1, maxTokens: 700 });
    return checkCitations(reply, input.sources.length);
  };
}

/** Characters of a unit given to the model for one source: enough for a long comma, bounded for the prompt. */
const maxSourceChars = 2_000;

/** Delimiters cannot be forged from inside a source: their markers are stripped from the text first. */
export function formatSources(sources: Source[], units: string[] = []): string {
  return sources
    .map((source, index) => {
      const number = index + 1;
      const text = (units[index] ?? source.text).slice(0, maxSourceChars).replace(/<<<|>>>/g, "");
      return `<<<FONTE ${number} | ${sourceLabel(source)} | ${source.path}>>>\n${text}\n<<<FINE FONTE ${number}>>>`;
    })
    .join("\n\n");
}

function formatHistory(history: ConversationTurn[]): string {
  const turns = history.slice(-maxHistoryTurns);
  if (turns.length === 0) return "";
  const lines = turns.map(
    (turn) => `${turn.role === "user" ? "Utente" : "Assistente"}: ${turn.text.slice(0, maxTurnChars)}`,
  );
  return `CONVERSAZIONE PRECEDENTE (solo contesto):\n${lines.join("\n")}\n\n`;
}
