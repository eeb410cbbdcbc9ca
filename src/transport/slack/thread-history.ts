/**
 * The earlier turns of a Slack thread, bounded, as context for a follow-up question. A failure to read the
 * thread is logged and the question is answered without context, never dropped.
 */
import type { Logger } from "../../core/logger.js";
import type { ConversationTurn } from "../../core/types.js";
import { stripMentions } from "./mention-text.js";

/** Turns kept (the most recent) and characters kept per turn. */
export const HISTORY_TURNS = 6;
export const HISTORY_TURN_CHARS = 1_500;

export interface ThreadMessage {
  ts?: string;
  text?: string;
  user?: string;
  bot_id?: string;
  subtype?: string;
}

export type FetchReplies = (request: {
  channel: string;
  ts: string;
  limit: number;
}) => Promise<{ messages?: ThreadMessage[] }>;

export function toTurns(
  messages: ThreadMessage[],
  options: { excludeTs: string; botUserId: string | null },
): ConversationTurn[] {
  const turns: ConversationTurn[] = [];
  for (const message of messages) {
    if (message.ts === options.excludeTs || !message.text?.trim()) continue;
    const fromBot = Boolean(message.bot_id) || (options.botUserId !== null && message.user === options.botUserId);
    const text = fromBot ? message.text : stripMentions(message.text);
    if (!text.trim()) continue;
    turns.push({ role: fromBot ? "assistant" : "user", text: text.trim().slice(0, HISTORY_TURN_CHARS) });
  }
  return turns.slice(-HISTORY_TURNS);
}

export async function fetchThreadHistory(
  fetchReplies: FetchReplies,
  request: { channel: string; threadTs: string; excludeTs: string; botUserId: string | null },
  logger: Logger,
): Promise<ConversationTurn[]> {
  try {
    const response = await fetchReplies({ channel: request.channel, ts: request.threadTs, limit: 50 });
    return toTurns(response.messages ?? [], { excludeTs: request.excludeTs, botUserId: request.botUserId });
  } catch (error) {
    logger.warn({ err: error, channel: request.channel }, "storia del thread non disponibile: rispondo senza contesto");
    return [];
  }
}
