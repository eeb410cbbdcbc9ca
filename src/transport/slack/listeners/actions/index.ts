/** Interactive buttons: feedback and sharing. */
import type { App, BlockAction, ButtonAction } from "@slack/bolt";
import { ACTION_IDS } from "../../blocks/reply-controls.js";
import type { SlackDeps } from "../../slack-deps.js";
import { feedbackVote } from "./feedback-vote.js";
import { shareReply } from "./share-reply.js";

export function register(app: App, deps: SlackDeps): void {
  app.action<BlockAction<ButtonAction>>(ACTION_IDS.feedbackUp, feedbackVote(deps, "up"));
  app.action<BlockAction<ButtonAction>>(ACTION_IDS.feedbackDown, feedbackVote(deps, "down"));
  app.action<BlockAction<ButtonAction>>(ACTION_IDS.share, shareReply(deps));
}
