/**
 * The buttons of the evidence review: "Esamina le proposte" (from the status), "Conferma" and "Scarta". Each runs the
 * same chat command an admin could type (`evidenze`, `evidenze conferma <id>`, `evidenze scarta <id>`) through the
 * router, which checks who may decide and where; the outcome comes back to the presser only.
 */
import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import type { SlackMessage } from "../../blocks/block-kit.js";
import { decodeEvidenceTarget, EVIDENCE_ACTION_IDS } from "../../blocks/evidence-blocks.js";
import { messageBlocks } from "../../blocks/message-blocks.js";
import { renderResult } from "../../blocks/render-result.js";
import { runCommand } from "../../run-command.js";
import type { SlackDeps } from "../../slack-deps.js";

type Args = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;

const slug = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function channelOf(body: BlockAction<ButtonAction>): string | null {
  return body.channel?.id ?? body.container?.channel_id ?? null;
}

async function reply(respond: Args["respond"], message: SlackMessage): Promise<void> {
  await respond({ response_type: "ephemeral", replace_original: false, text: message.text, blocks: message.blocks });
}

/** The chat command a button stands for, or null when its value is not one this bot wrote. */
function commandOf(actionId: string, value: string | undefined): string | null {
  if (actionId === EVIDENCE_ACTION_IDS.review) return value && slug.test(value) ? `evidenze ${value}` : null;
  const target = decodeEvidenceTarget(value);
  if (!target || !slug.test(target.unione)) return null;
  const verb = actionId === EVIDENCE_ACTION_IDS.confirm ? "conferma" : "scarta";
  return `evidenze ${verb} ${target.id} ${target.unione}`;
}

export function evidenceAction(deps: SlackDeps) {
  return async ({ ack, body, action, respond }: Args): Promise<void> => {
    await ack();
    const channel = channelOf(body);
    const text = commandOf(action.action_id, action.value);
    if (!channel || !text) {
      const message = messageBlocks("warning", "Non riesco a ritrovare questa proposta: ripeti `/unione evidenze`.");
      return reply(respond, message);
    }
    const run = await deps.work.run(() =>
      runCommand(deps.command, { text, user: body.user.id, channel, audience: "private", kind: "action" }),
    );
    await reply(respond, renderResult(run.result, {}));
  };
}
