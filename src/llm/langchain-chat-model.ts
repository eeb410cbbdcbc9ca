/**
 * The ChatModel port over any LangChain chat model. LangChain fixes temperature and token limit when a model is
 * built, while callers choose them per call (answers are capped, draft sections are not): one model is built per
 * distinct setting, and all of them share one concurrency limit, because a small server or a local Ollama falls
 * over under a burst of Slack questions whichever caller sends them.
 */
import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import type { BaseMessage, BaseMessageLike } from "@langchain/core/messages";
import { UnioneError } from "../core/errors.js";
import type { Logger } from "../core/logger.js";
import type { ChatMessage, ChatModel, ChatOptions } from "./chat-model.js";
import { createConcurrencyLimiter } from "./concurrency-limiter.js";

export interface ModelSettings {
  temperature: number;
  maxTokens?: number;
}

/** Builds the provider's LangChain model for one setting; a ready model (a test fake) ignores the setting. */
export type ChatModelBuilder = (settings: ModelSettings) => BaseChatModel;

export interface LangChainChatModelOptions {
  name: string;
  logger: Logger;
  maxConcurrency?: number;
}

const failureMessage = "Il modello linguistico non ha risposto in tempo o ha restituito un errore.";
const defaultTemperature = 0.1;

export function chatModelFromLangChain(
  source: BaseChatModel | ChatModelBuilder,
  options: LangChainChatModelOptions,
): ChatModel {
  const build: ChatModelBuilder = typeof source === "function" ? source : () => source;
  const models = new Map<string, BaseChatModel>();
  const modelFor = (settings: ModelSettings): BaseChatModel => {
    const key = `${settings.temperature}|${settings.maxTokens ?? ""}`;
    let model = models.get(key);
    if (!model) {
      model = build(settings);
      models.set(key, model);
    }
    return model;
  };
  const limiter = createConcurrencyLimiter(options.maxConcurrency ?? Number.POSITIVE_INFINITY);
  const log = options.logger.child({ component: "llm", model: options.name });

  async function complete(messages: Parameters<ChatModel["complete"]>[0], call: ChatOptions): Promise<string> {
    const started = Date.now();
    try {
      const model = modelFor({ temperature: call.temperature ?? defaultTemperature, maxTokens: call.maxTokens });
      const reply = await model.invoke(messages.map(toMessageLike), call.signal ? { signal: call.signal } : {});
      const content = reply.text.trim();
      if (!content) throw new UnioneError("LLM_FAILED", failureMessage, { detail: "risposta vuota del modello" });
      log.info({ latencyMs: Date.now() - started, outcome: "ok" }, "risposta del modello ricevuta");
      return content;
    } catch (error) {
      log.warn({ latencyMs: Date.now() - started, outcome: "error", err: error }, "risposta del modello non riuscita");
      if (error instanceof UnioneError) throw error;
      throw new UnioneError("LLM_FAILED", failureMessage, { detail: describe(error), cause: error });
    }
  }

  return { name: options.name, complete: (messages, call = {}) => limiter.run(() => complete(messages, call)) };
}

/** A plain role/content pair becomes LangChain's tuple form; LangChain messages pass through. */
function toMessageLike(message: BaseMessage | ChatMessage): BaseMessageLike {
  if (typeof (message as BaseMessage).getType === "function") return message as BaseMessage;
  const { role, content } = message as ChatMessage;
  return [role, content];
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const status = (error as { status?: unknown }).status;
  return `${error.name}${typeof status === "number" ? ` ${status}` : ""}: ${error.message}`;
}
