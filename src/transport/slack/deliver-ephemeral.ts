/**
 * Replies to a slash command through its response_url: ephemeral, with "Condividi nel canale" when the result
 * is worth sharing. A draft's .docx is uploaded after the preview.
 */
import type { RespondFn, webApi } from "@slack/bolt";
import { messageBlocks } from "./blocks/message-blocks.js";
import { isShareable, renderResult } from "./blocks/render-result.js";
import type { CommandRun } from "./run-command.js";
import type { SlackDeps } from "./slack-deps.js";
import { draftFileNote, draftFileTarget, uploadDraft, uploadFailedMessage } from "./upload-draft.js";

export async function deliverEphemeral(
  deps: SlackDeps,
  run: CommandRun,
  request: { respond: RespondFn; client: webApi.WebClient; channel: string; user: string },
): Promise<void> {
  const { result, context, answerId } = run;
  const inBotDirectMessage =
    result.type === "draft" && result.docx
      ? await deps.directMessages.isBotDirectMessage(request.client, request.user, request.channel)
      : false;
  const target = result.type === "draft" && result.docx ? draftFileTarget(context, inBotDirectMessage) : null;
  const fileNote = target && result.type === "draft" ? draftFileNote(target, result.fileName) : null;
  const shareId = isShareable(result)
    ? deps.replies.put({ result, answerId, scope: context.scope, channel: request.channel, fileNote })
    : null;
  const message = renderResult(result, { answerId, shareId, fileNote });
  await request.respond({ response_type: "ephemeral", text: message.text, blocks: message.blocks });
  if (!target || result.type !== "draft" || !result.docx) return;
  try {
    await uploadDraft(request.client, {
      target,
      channel: request.channel,
      user: request.user,
      docx: result.docx,
      fileName: result.fileName,
      title: result.draft.title,
    });
  } catch (error) {
    deps.logger.warn(
      { err: error, requestId: context.requestId, channel: request.channel },
      "caricamento del .docx non riuscito",
    );
    const warning = messageBlocks("warning", uploadFailedMessage);
    await request.respond({
      response_type: "ephemeral",
      replace_original: false,
      text: warning.text,
      blocks: warning.blocks,
    });
  }
}
