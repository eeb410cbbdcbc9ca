/**
 * An in-process chat model for tests: it answers with the replies a test scripted, in order, records every
 * conversation it received, and throws when called once more than scripted, so an unexpected model call fails
 * the test instead of getting an invented answer.
 */
import type { ChatMessage, ChatModel } from "../../src/llm/chat-model.js";
import { UnscriptedCall } from "./fake-router-deps.js";

export type ScriptedReply = string | Error | ((messages: ChatMessage[]) => string);

export interface FakeChatModel extends ChatModel {
  /** The messages of each call, in order. */
  readonly calls: ChatMessage[][];
}

export function fakeChatModel(...replies: ScriptedReply[]): FakeChatModel {
  const calls: ChatMessage[][] = [];
  return {
    name: "fake-in-process",
    calls,
    async complete(messages) {
      calls.push(messages);
      const reply = replies[calls.length - 1];
      if (reply === undefined) throw new UnscriptedCall(`chatModel.complete n. ${calls.length}`);
      if (reply instanceof Error) throw reply;
      return typeof reply === "function" ? reply(messages) : reply;
    },
  };
}
