/**
 * Recent ephemeral replies, by id, so that "Condividi nel canale" can post the same content for everyone and
 * a 👍/👎 on an ephemeral message can redraw it (Slack does not send the blocks of ephemeral messages back).
 * Bounded and short-lived, like the response_url it pairs with (30 minutes).
 */
import { randomUUID } from "node:crypto";
import type { CommandResult } from "../../commands/command-result.js";
import type { AccessScope } from "../../core/types.js";

export interface CachedReply {
  result: CommandResult;
  answerId: string | null;
  /** The scope the reply was produced under: replies seen with scope "all" are not shared in a channel. */
  scope: AccessScope;
  channel: string | null;
  fileNote: string | null;
}

export interface ReplyCache {
  put(reply: CachedReply): string;
  get(id: string): CachedReply | null;
}

export function createReplyCache(
  options: { maxReplies?: number; ttlMs?: number; clock?: () => Date; newId?: () => string } = {},
): ReplyCache {
  const maxReplies = options.maxReplies ?? 300;
  const ttlMs = options.ttlMs ?? 30 * 60_000;
  const clock = options.clock ?? (() => new Date());
  const newId = options.newId ?? randomUUID;
  const replies = new Map<string, { reply: CachedReply; at: number }>();
  return {
    put(reply) {
      const id = newId();
      // The .docx was already uploaded; keeping its bytes would only fill memory.
      const result = reply.result.type === "draft" ? { ...reply.result, docx: null } : reply.result;
      replies.set(id, { reply: { ...reply, result }, at: clock().getTime() });
      while (replies.size > maxReplies) {
        const oldest = replies.keys().next().value;
        if (oldest === undefined) break;
        replies.delete(oldest);
      }
      return id;
    },
    get(id) {
      const entry = replies.get(id);
      if (!entry || clock().getTime() - entry.at >= ttlMs) return null;
      return entry.reply;
    },
  };
}
