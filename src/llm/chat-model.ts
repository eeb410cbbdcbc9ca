/** The chat-model port. Implementations: OpenAI-compatible (src/llm/openai-chat-model.ts) and test fakes. */

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
  complete(messages: ChatMessage[], options?: ChatOptions): Promise<string>;
}
