/** The chat model for Mistral's API (LLM_PROVIDER=mistral): LangChain's ChatMistralAI, timeout and retries from config. */
import { ChatMistralAI } from "@langchain/mistralai";
import type { LlmConfig } from "../config/config.js";
import type { Logger } from "../core/logger.js";
import type { ChatModel } from "./chat-model.js";
import { chatModelFromLangChain, type ModelSettings } from "./langchain-chat-model.js";
import { mistralHttpClient } from "./mistral-http-client.js";

export function createMistralChatModel(llm: LlmConfig, logger: Logger): ChatModel {
  const httpClient = mistralHttpClient(llm.timeoutMs);
  const build = (settings: ModelSettings) =>
    new ChatMistralAI({
      model: llm.model,
      apiKey: llm.apiKey ?? "",
      ...(llm.baseUrl ? { serverURL: llm.baseUrl } : {}),
      temperature: settings.temperature,
      ...(settings.maxTokens ? { maxTokens: settings.maxTokens } : {}),
      maxRetries: llm.maxRetries,
      httpClient,
    });
  return chatModelFromLangChain(build, { name: llm.model, logger, maxConcurrency: llm.maxConcurrency });
}
