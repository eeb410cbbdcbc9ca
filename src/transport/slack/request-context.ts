/** Builds the transport-neutral RequestContext for a Slack user in a channel. */
import { randomUUID } from "node:crypto";
import { scopeFor } from "../../core/access.js";
import type { ConversationTurn, RequestContext } from "../../core/types.js";

export interface ContextInput {
  user: string;
  channel: string;
  /** Where the reply will be read: only the asker (ephemeral, DM) or everyone in the channel. */
  audience: "private" | "channel";
  history?: ConversationTurn[];
}

/** Slack DM channel ids start with "D". */
export function isDirectMessageChannel(channel: string): boolean {
  return channel.startsWith("D");
}

/**
 * Admins see every Unione where only they read the reply (ephemeral replies, DMs). In a public thread of an
 * unbound channel they get the public scope, like everyone: other members read that thread too.
 */
export function buildRequestContext(
  input: ContextInput,
  options: { adminUsers: string[]; boundUnione: (channel: string) => string | null; newId?: () => string },
): RequestContext {
  const isAdmin = options.adminUsers.includes(input.user);
  const boundUnione = isDirectMessageChannel(input.channel) ? null : options.boundUnione(input.channel);
  const seesAll = isAdmin && input.audience === "private";
  return {
    requestId: (options.newId ?? randomUUID)(),
    transport: "slack",
    user: input.user,
    channel: input.channel,
    isAdmin,
    boundUnione,
    directMessage: isDirectMessageChannel(input.channel),
    scope: scopeFor(boundUnione, seesAll),
    // Slack replies carry 👍/👎 buttons: each answer is stored for the votes to refer to.
    recordAnswer: true,
    ...(input.history && input.history.length > 0 ? { history: input.history } : {}),
  };
}
