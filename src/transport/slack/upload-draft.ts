/**
 * Uploads a draft's .docx (files.uploadV2: getUploadURLExternal, upload, completeUploadExternal). A draft made
 * with the "all" scope anywhere but the asker's own DM with the bot (a channel, or a DM between two people) goes to
 * that DM instead, so another Unione's file never lands where someone else reads it.
 */
import type { webApi } from "@slack/bolt";
import type { RequestContext } from "../../core/types.js";

export type DraftFileTarget = "here" | "direct-message";

export function draftFileTarget(context: RequestContext, inBotDirectMessage: boolean): DraftFileTarget {
  return context.scope.kind === "all" && !inBotDirectMessage ? "direct-message" : "here";
}

export function draftFileNote(target: DraftFileTarget, fileName: string): string {
  return target === "here"
    ? `📎 Il file \`${fileName}\` viene caricato in questa conversazione.`
    : `📎 Il file \`${fileName}\` ti viene inviato in messaggio diretto.`;
}

export async function uploadDraft(
  client: webApi.WebClient,
  request: {
    target: DraftFileTarget;
    channel: string;
    user: string;
    threadTs?: string;
    docx: Buffer;
    fileName: string;
    title: string;
  },
): Promise<void> {
  let channel = request.channel;
  if (request.target === "direct-message") {
    const opened = await client.conversations.open({ users: request.user });
    if (!opened.channel?.id) throw new Error("conversations.open senza canale");
    channel = opened.channel.id;
  }
  const threadTs = request.target === "here" ? request.threadTs : undefined;
  const file = { file: request.docx, filename: request.fileName, title: request.title };
  await (threadTs
    ? client.files.uploadV2({ ...file, channel_id: channel, thread_ts: threadTs })
    : client.files.uploadV2({ ...file, channel_id: channel }));
}

export const uploadFailedMessage =
  "Non sono riuscito a caricare il file .docx qui. Se è un canale, invitami con `/invite @unione` oppure chiedi la bozza in messaggio diretto.";
