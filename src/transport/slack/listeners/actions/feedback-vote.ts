/** 👍/👎 under an answer: store the vote, then thank the user in the message itself. */
import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import type { Vote } from "../../../../records/feedback-store.js";
import type { KnownBlock } from "../../blocks/block-kit.js";
import { messageBlocks } from "../../blocks/message-blocks.js";
import { renderResult } from "../../blocks/render-result.js";
import { decodeFeedbackValue, FEEDBACK_BLOCK_ID, thanksBlock } from "../../blocks/reply-controls.js";
import type { SlackDeps } from "../../slack-deps.js";

const THANKS_BLOCK_ID = "feedback_thanks";

type Args = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;

/** Public message: keep the buttons (others may vote) and put one thanks line above them. */
export function withThanks(blocks: KnownBlock[], thanks: KnownBlock): KnownBlock[] {
  const kept = blocks.filter((block) => block.block_id !== THANKS_BLOCK_ID);
  const marked = { ...thanks, block_id: THANKS_BLOCK_ID } as KnownBlock;
  const index = kept.findIndex((block) => block.block_id === FEEDBACK_BLOCK_ID);
  if (index === -1) return [...kept, marked].slice(0, 50);
  return [...kept.slice(0, index), marked, ...kept.slice(index)].slice(0, 50);
}

export function feedbackVote(deps: SlackDeps, vote: Vote) {
  return async ({ ack, body, action, respond, client }: Args): Promise<void> => {
    await ack();
    const value = decodeFeedbackValue(action.value);
    const user = body.user.id;
    const votes = value ? deps.router.vote({ answerId: value.answerId, user, vote }) : null;
    if (!value || !votes) {
      const gone = messageBlocks(
        "warning",
        "Non trovo più questa risposta: ripeti la domanda per lasciare un riscontro.",
      );
      await respond({ response_type: "ephemeral", replace_original: false, text: gone.text, blocks: gone.blocks });
      return;
    }
    deps.logger.info({ kind: "feedback", user, command: "feedback", outcome: vote }, "riscontro registrato");
    const thanks = thanksBlock(user, votes);
    if (body.container?.is_ephemeral) {
      // Ephemeral messages come back without their blocks: redraw from the cache, without the vote buttons.
      const cached = value.replyId ? deps.replies.get(value.replyId) : null;
      const redrawn = cached
        ? renderResult(cached.result, { shareId: value.replyId, fileNote: cached.fileNote })
        : null;
      const blocks = redrawn ? [...redrawn.blocks.slice(0, 49), thanks] : [thanks];
      await respond({
        response_type: "ephemeral",
        replace_original: true,
        text: redrawn?.text ?? "Grazie per il riscontro!",
        blocks,
      });
      return;
    }
    const original = (body.message?.blocks ?? []) as KnownBlock[];
    const channel = body.channel?.id;
    const ts = body.message?.ts;
    const text = String(body.message?.text ?? "Risposta");
    const blocks = withThanks(original, thanks);
    try {
      if (!channel || !ts) throw new Error("messaggio senza canale o ts");
      await client.chat.update({ channel, ts, text, blocks });
    } catch (error) {
      // Messages posted through a response_url may not be editable by the bot token: the action's own URL is.
      deps.logger.debug({ err: error }, "chat.update non riuscito: uso response_url");
      await respond({ replace_original: true, text, blocks });
    }
  };
}
