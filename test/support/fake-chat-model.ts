/**
 * An in-process chat model for tests: LangChain's FakeListChatModel made strict, behind the same port as the real
 * models (chatModelFromLangChain). It answers with the replies a test scripted, in order, records every
 * conversation it received as role/content pairs, and throws when called once more than scripted, so an
 * unexpected model call fails the test instead of getting an invented answer.
 */
import type { BaseMessage } from "@langchain/core/messages";
import { AIMessage } from "@langchain/core/messages";
import type { ChatResult } from "@langchain/core/outputs";
import { FakeListChatModel } from "@langchain/core/utils/testing";
import { silentLogger } from "../../src/core/logger.js";
import type { ChatMessage, ChatModel } from "../../src/llm/chat-model.js";
import { chatModelFromLangChain } from "../../src/llm/langchain-chat-model.js";
import { UnscriptedCall } from "./fake-router-deps.js";

export type ScriptedReply = string | Error | ((messages: ChatMessage[]) => string);

export interface FakeChatModel extends ChatModel {
  /** The messages of each call, in order. */
  readonly calls: ChatMessage[][];
}

const roles: Record<string, ChatMessage["role"]> = { system: "system", human: "user", ai: "assistant" };

/** LangChain's list fake, but strict: no cycling back to the first reply, and scripted failures. */
export class ScriptedChatModel extends FakeListChatModel {
  readonly calls: ChatMessage[][] = [];

  constructor(private readonly replies: ScriptedReply[]) {
    super({ responses: [] });
  }

  override async _generate(messages: BaseMessage[]): Promise<ChatResult> {
    const call = messages.map((message) => ({ role: roles[message.getType()] ?? "user", content: message.text }));
    this.calls.push(call);
    const reply = this.replies[this.calls.length - 1];
    if (reply === undefined) throw new UnscriptedCall(`chatModel.complete n. ${this.calls.length}`);
    if (reply instanceof Error) throw reply;
    const text = typeof reply === "function" ? reply(call) : reply;
    return { generations: [{ message: new AIMessage(text), text }] };
  }
}

export function fakeChatModel(...replies: ScriptedReply[]): FakeChatModel {
  const model = new ScriptedChatModel(replies);
  const port = chatModelFromLangChain(model, { name: "fake-in-process", logger: silentLogger() });
  return { name: port.name, complete: port.complete, calls: model.calls };
}
