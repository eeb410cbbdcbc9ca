/** "Condividi nel canale": post an ephemeral reply for everyone, through the action's response_url. */
import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import type { AccessScope } from "../../../../core/types.js";
import { context } from "../../blocks/block-kit.js";
import { messageBlocks } from "../../blocks/message-blocks.js";
import { renderResult } from "../../blocks/render-result.js";
import { isDirectMessageChannel } from "../../request-context.js";
import type { SlackDeps } from "../../slack-deps.js";

type Args = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;

export const shareExpiredText =
  "Questa risposta non è più disponibile per la condivisione (passati 30 minuti o riavvio). Ripeti il comando.";
export const shareRefusedText =
  "Questa risposta è stata preparata con la vista da amministratore (tutte le Unioni): la mostro a tutti solo nella tua conversazione diretta con il bot, non in un canale né in un messaggio diretto con altre persone. Per condividerla in un canale, collegalo prima a un'Unione.";

export const shareRebindText =
  "Il collegamento di questo canale è cambiato dopo la risposta: non la condivido qui perché riguarda un'altra Unione. Ripeti il comando.";

/**
 * Why a cached reply may not go to everyone in `channel` now, or null. Replies made with the admin view go only to
 * the admin's own DM with the bot (`inBotDirectMessage`): a `D…` channel between two people is not private. A reply
 * about one Unione goes only to a channel still bound to that Unione (it may have been re-bound in the 30 minutes
 * the reply is kept).
 */
export function shareRefusal(
  scope: AccessScope,
  channel: string | null,
  boundNow: (channel: string) => string | null,
  inBotDirectMessage: boolean,
): string | null {
  if (scope.kind === "all") return inBotDirectMessage ? null : shareRefusedText;
  if (channel && isDirectMessageChannel(channel)) return null;
  if (scope.kind === "unione" && (!channel || boundNow(channel) !== scope.unione)) return shareRebindText;
  return null;
}

export function shareReply(deps: SlackDeps) {
  return async ({ ack, body, action, respond, client }: Args): Promise<void> => {
    await ack();
    const user = body.user.id;
    const channel = body.channel?.id ?? null;
    const cached = action.value ? deps.replies.get(action.value) : null;
    const inBotDirectMessage =
      cached?.scope.kind === "all" ? await deps.directMessages.isBotDirectMessage(client, user, channel) : false;
    const refusal = !cached
      ? shareExpiredText
      : shareRefusal(cached.scope, channel, (id) => deps.router.boundUnione(id), inBotDirectMessage);
    if (refusal || !cached) {
      const message = messageBlocks("warning", refusal ?? shareExpiredText);
      await respond({
        response_type: "ephemeral",
        replace_original: false,
        text: message.text,
        blocks: message.blocks,
      });
      return;
    }
    const shared = renderResult(cached.result, { answerId: cached.answerId, fileNote: null });
    const blocks = [...shared.blocks.slice(0, 49), context(`Condiviso da <@${user}>`)];
    await respond({ response_type: "in_channel", replace_original: false, text: shared.text, blocks });
    await respond({ delete_original: true });
    deps.logger.info(
      { kind: "share", user, channel, command: "share", outcome: cached.result.type },
      "risposta condivisa nel canale",
    );
  };
}
