/**
 * Answers a message in a channel thread or a DM: thread history as context, the router, then a paced post in
 * the same place. Shared by the app_mention and message listeners.
 */
import type { webApi } from "@slack/bolt";
import { userMessageOf } from "../../core/errors.js";
import type { ConversationTurn } from "../../core/types.js";
import type { SlackMessage } from "./blocks/block-kit.js";
import { messageBlocks } from "./blocks/message-blocks.js";
import { renderResult } from "./blocks/render-result.js";
import { toCommandText } from "./mention-text.js";
import { isDirectMessageChannel } from "./request-context.js";
import { runCommand } from "./run-command.js";
import type { SlackDeps } from "./slack-deps.js";
import { fetchThreadHistory } from "./thread-history.js";
import { draftFileNote, draftFileTarget, uploadDraft, uploadFailedMessage } from "./upload-draft.js";

export interface ConversationMessage {
  channel: string;
  user: string;
  text: string;
  ts: string;
  /** Where to reply: a thread's root ts, or undefined for a top-level DM reply. */
  replyThreadTs: string | undefined;
  /** The thread to read earlier turns from, when the message sits in one. */
  historyThreadTs: string | undefined;
  kind: "mention" | "thread" | "dm";
}

export async function answerInConversation(
  deps: SlackDeps,
  client: webApi.WebClient,
  message: ConversationMessage,
): Promise<void> {
  const history = message.historyThreadTs ? await readHistory(deps, client, message, message.historyThreadTs) : [];
  const run = await deps.work.run(() =>
    runCommand(deps.command, {
      text: toCommandText(message.text),
      user: message.user,
      channel: message.channel,
      audience: isDirectMessageChannel(message.channel) ? "private" : "channel",
      history,
      kind: message.kind,
    }),
  );
  const { result, context, answerId } = run;
  if (run.rateLimited && !isDirectMessageChannel(message.channel)) {
    await whisper(deps, client, message, renderResult(result));
    return;
  }
  // Only a `dm` event comes from the asker's own DM with the bot (Slack sends the bot no other DM).
  const target = result.type === "draft" && result.docx ? draftFileTarget(context, message.kind === "dm") : null;
  const fileNote = target && result.type === "draft" ? draftFileNote(target, result.fileName) : null;
  try {
    await post(deps, client, message, renderResult(result, { answerId, fileNote }));
    if (target && result.type === "draft" && result.docx) {
      await uploadDraft(client, {
        target,
        channel: message.channel,
        user: message.user,
        threadTs: message.replyThreadTs,
        docx: result.docx,
        fileName: result.fileName,
        title: result.draft.title,
      }).catch(async (error: unknown) => {
        deps.logger.warn({ err: error, requestId: context.requestId }, "caricamento del .docx non riuscito");
        await post(deps, client, message, messageBlocks("warning", uploadFailedMessage));
      });
    }
  } catch (error) {
    deps.logger.error(
      { err: error, requestId: context.requestId, channel: message.channel },
      "risposta non pubblicata",
    );
    await post(deps, client, message, messageBlocks("error", userMessageOf(error))).catch(() => undefined);
  }
}

async function readHistory(
  deps: SlackDeps,
  client: webApi.WebClient,
  message: ConversationMessage,
  threadTs: string,
): Promise<ConversationTurn[]> {
  return fetchThreadHistory(
    (request) => client.conversations.replies(request),
    { channel: message.channel, threadTs, excludeTs: message.ts, botUserId: deps.identity.current().botUserId },
    deps.logger,
  );
}

/** A reply only the asker sees, in the same thread (e.g. "too many requests"). */
async function whisper(
  deps: SlackDeps,
  client: webApi.WebClient,
  message: ConversationMessage,
  reply: SlackMessage,
): Promise<void> {
  try {
    await client.chat.postEphemeral({
      channel: message.channel,
      user: message.user,
      text: reply.text,
      blocks: reply.blocks,
      ...(message.replyThreadTs ? { thread_ts: message.replyThreadTs } : {}),
    });
  } catch (error) {
    deps.logger.warn({ err: error, channel: message.channel }, "messaggio effimero non consegnato");
  }
}

async function post(
  deps: SlackDeps,
  client: webApi.WebClient,
  message: ConversationMessage,
  reply: SlackMessage,
): Promise<void> {
  await deps.pacer.schedule(message.channel, () =>
    client.chat.postMessage({
      channel: message.channel,
      text: reply.text,
      blocks: reply.blocks,
      unfurl_links: false,
      unfurl_media: false,
      ...(message.replyThreadTs ? { thread_ts: message.replyThreadTs } : {}),
    }),
  );
}
