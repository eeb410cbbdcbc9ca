/**
 * ChatModel over any OpenAI-compatible server (OpenAI, Ollama, vLLM, llama.cpp). Timeout and retries come from
 * config because the client's defaults take about 90 s to fail against a dead server.
 */
import OpenAI from "openai";
import type { LlmConfig } from "../config/config.js";
import { UnioneError } from "../core/errors.js";
import type { Logger } from "../core/logger.js";
import type { ChatMessage, ChatModel, ChatOptions } from "./chat-model.js";
import { createConcurrencyLimiter } from "./concurrency-limiter.js";

const failureMessage = "Il modello linguistico non ha risposto in tempo o ha restituito un errore.";

/** Local servers ignore the key but the client refuses to start without one. */
export function createOpenAiClient(llm: LlmConfig): OpenAI {
  return new OpenAI({
    apiKey: llm.apiKey ?? "not-needed",
    baseURL: llm.baseUrl ?? undefined,
    timeout: llm.timeoutMs,
    maxRetries: llm.maxRetries,
  });
}

export function createOpenAiChatModel(llm: LlmConfig, logger: Logger): ChatModel {
  const client = createOpenAiClient(llm);
  const limiter = createConcurrencyLimiter(llm.maxConcurrency);
  const log = logger.child({ component: "llm", model: llm.model });

  async function complete(messages: ChatMessage[], options: ChatOptions = {}): Promise<string> {
    const started = Date.now();
    try {
      const completion = await client.chat.completions.create(
        {
          model: llm.model,
          messages,
          temperature: options.temperature ?? 0.1,
          ...(options.maxTokens ? { max_tokens: options.maxTokens } : {}),
        },
        options.signal ? { signal: options.signal } : undefined,
      );
      const content = completion.choices[0]?.message?.content?.trim() ?? "";
      if (!content) throw new UnioneError("LLM_FAILED", failureMessage, { detail: "risposta vuota del modello" });
      log.info({ latencyMs: Date.now() - started, outcome: "ok" }, "risposta del modello ricevuta");
      return content;
    } catch (error) {
      log.warn({ latencyMs: Date.now() - started, outcome: "error", err: error }, "risposta del modello non riuscita");
      if (error instanceof UnioneError) throw error;
      throw new UnioneError("LLM_FAILED", failureMessage, { detail: describe(error), cause: error });
    }
  }

  return { name: llm.model, complete: (messages, options) => limiter.run(() => complete(messages, options)) };
}

function describe(error: unknown): string {
  if (error instanceof OpenAI.APIError) return `${error.name} ${error.status ?? ""} ${error.message}`.trim();
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
