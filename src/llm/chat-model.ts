/**
 * The chat-model port the answer and draft layers call. Its implementation is a LangChain chat model
 * (src/llm/langchain-chat-model.ts: ChatOpenAI, AzureChatOpenAI, ChatMistralAI, or LangChain's fakes in tests).
 * Messages are LangChain messages, as prompt templates produce them, or plain role/content pairs.
 */
import type { BaseMessage } from "@langchain/core/messages";

export interface ChatMessage {
  role: "system" | "user" | "assistant";
  content: string;
}

export interface ChatOptions {
  temperature?: number;
  maxTokens?: number;
  signal?: AbortSignal;
}

export interface ChatModel {
  readonly name: string;
  /** The assistant's text. Throws on timeout, HTTP error or empty output; callers fall back. */
  complete(messages: Array<BaseMessage | ChatMessage>, options?: ChatOptions): Promise<string>;
}
