/**
 * The configured provider's chat model. Each provider's LangChain package is imported only when chosen: loading
 * one costs most of a second, which commands that never call a model should not pay.
 */
import type { LlmConfig } from "../config/config.js";
import type { Logger } from "../core/logger.js";
import type { ChatModel } from "./chat-model.js";

export async function createChatModel(llm: LlmConfig, logger: Logger): Promise<ChatModel> {
  if (llm.provider === "mistral") {
    const { createMistralChatModel } = await import("./mistral-chat-model.js");
    return createMistralChatModel(llm, logger);
  }
  const { createOpenAiChatModel } = await import("./openai-chat-model.js");
  return createOpenAiChatModel(llm, logger);
}
