/** The buttons under a reply: feedback 👍/👎 and "Condividi nel canale". Action ids are listened to in ../listeners/actions. */
import { actions, type Button, button, context, type KnownBlock } from "./block-kit.js";
import { readButtonValue } from "./button-value.js";

export const ACTION_IDS = {
  feedbackUp: "feedback_up",
  feedbackDown: "feedback_down",
  share: "share_reply",
} as const;

export const FEEDBACK_BLOCK_ID = "feedback";
export const CONTROLS_BLOCK_ID = "reply_controls";

/** What a feedback button carries: the stored answer, and the cached reply to redraw an ephemeral message. */
export interface FeedbackValue {
  answerId: string;
  replyId: string | null;
}

export function encodeFeedbackValue(value: FeedbackValue): string {
  return JSON.stringify({ a: value.answerId, r: value.replyId });
}

export function decodeFeedbackValue(raw: string | undefined): FeedbackValue | null {
  const parsed = readButtonValue(raw);
  if (typeof parsed?.a !== "string" || parsed.a.length === 0) return null;
  return { answerId: parsed.a, replyId: typeof parsed.r === "string" ? parsed.r : null };
}

export interface ReplyControls {
  /** Stored answer id: adds 👍/👎. */
  answerId?: string | null;
  /** Cached reply id: adds "Condividi nel canale" (only on ephemeral replies). */
  shareId?: string | null;
}

/** The actions block for a reply, or nothing when there is nothing to press. */
export function controlBlocks(controls: ReplyControls): KnownBlock[] {
  const elements: Button[] = [];
  if (controls.answerId) {
    const value = encodeFeedbackValue({ answerId: controls.answerId, replyId: controls.shareId ?? null });
    elements.push(button({ text: "👍 Utile", actionId: ACTION_IDS.feedbackUp, value }));
    elements.push(button({ text: "👎 Non utile", actionId: ACTION_IDS.feedbackDown, value }));
  }
  if (controls.shareId) {
    elements.push(
      button({ text: "Condividi nel canale", actionId: ACTION_IDS.share, value: controls.shareId, style: "primary" }),
    );
  }
  return elements.length === 0 ? [] : [actions(controls.answerId ? FEEDBACK_BLOCK_ID : CONTROLS_BLOCK_ID, elements)];
}

/** The line that replaces or follows the buttons once a user has voted. */
export function thanksBlock(user: string, votes: { up: number; down: number }): KnownBlock {
  return context(`Grazie per il riscontro, <@${user}>! (👍 ${votes.up} · 👎 ${votes.down})`);
}
