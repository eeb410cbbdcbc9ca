/**
 * The chat model for OpenAI, any OpenAI-compatible server (Ollama, vLLM, llama.cpp: OPENAI_BASE_URL) and Azure
 * OpenAI: LangChain's ChatOpenAI and AzureChatOpenAI. Timeout and retries come from config because the client's
 * defaults take about 90 s to fail against a dead server; LangChain retries (the OpenAI client itself does not).
 */
import { AzureChatOpenAI, ChatOpenAI } from "@langchain/openai";
import type { LlmConfig } from "../config/config.js";
import type { Logger } from "../core/logger.js";
import type { ChatModel } from "./chat-model.js";
import { chatModelFromLangChain, type ModelSettings } from "./langchain-chat-model.js";

/** Local servers ignore the key but the client refuses to start without one. */
const placeholderKey = "not-needed";

export function createOpenAiChatModel(llm: LlmConfig, logger: Logger): ChatModel {
  const build = (settings: ModelSettings) => {
    const common = {
      temperature: settings.temperature,
      ...(settings.maxTokens ? { maxTokens: settings.maxTokens } : {}),
      timeout: llm.timeoutMs,
      maxRetries: llm.maxRetries,
    };
    if (llm.provider === "azure") {
      return new AzureChatOpenAI({
        ...common,
        azureOpenAIApiKey: llm.apiKey ?? placeholderKey,
        azureOpenAIEndpoint: llm.baseUrl ?? undefined,
        azureOpenAIApiDeploymentName: llm.model,
        azureOpenAIApiVersion: llm.azureApiVersion,
      });
    }
    return new ChatOpenAI({
      ...common,
      model: llm.model,
      apiKey: llm.apiKey ?? placeholderKey,
      configuration: { baseURL: llm.baseUrl ?? undefined },
    });
  };
  return chatModelFromLangChain(build, { name: llm.model, logger, maxConcurrency: llm.maxConcurrency });
}
