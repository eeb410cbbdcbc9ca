/** Interactive buttons: feedback, sharing, the status views, the data-entry forms and the evidence review. */
import type { App, BlockAction, ButtonAction } from "@slack/bolt";
import { EVIDENCE_ACTION_IDS } from "../../blocks/evidence-blocks.js";
import { ACTION_IDS } from "../../blocks/reply-controls.js";
import { STATUS_ACTION_IDS } from "../../blocks/status-controls.js";
import type { SlackDeps } from "../../slack-deps.js";
import { evidenceAction } from "./evidence-actions.js";
import { feedbackVote } from "./feedback-vote.js";
import { shareReply } from "./share-reply.js";
import { openRecordForm, showAll } from "./status-actions.js";

export function register(app: App, deps: SlackDeps): void {
  app.action<BlockAction<ButtonAction>>(ACTION_IDS.feedbackUp, feedbackVote(deps, "up"));
  app.action<BlockAction<ButtonAction>>(ACTION_IDS.feedbackDown, feedbackVote(deps, "down"));
  app.action<BlockAction<ButtonAction>>(ACTION_IDS.share, shareReply(deps));
  app.action<BlockAction<ButtonAction>>(STATUS_ACTION_IDS.showAll, showAll(deps));
  app.action<BlockAction<ButtonAction>>(STATUS_ACTION_IDS.editFunction, openRecordForm(deps));
  app.action<BlockAction<ButtonAction>>(STATUS_ACTION_IDS.editDeliverables, openRecordForm(deps));
  for (const id of Object.values(EVIDENCE_ACTION_IDS)) app.action<BlockAction<ButtonAction>>(id, evidenceAction(deps));
}
