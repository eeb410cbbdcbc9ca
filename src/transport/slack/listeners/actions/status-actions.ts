/**
 * The buttons of a status message: "Mostra tutto" (the same status with every gap, for the presser only) and
 * "Aggiorna dati" / "Aggiorna documenti", which open the data-entry modal. The router decides who may open a
 * form and where (admins, in the Unione's own channel or a DM): a refusal comes back as an ephemeral message.
 */
import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import { userMessageOf } from "../../../../core/errors.js";
import { messageBlocks } from "../../blocks/message-blocks.js";
import { recordModal } from "../../blocks/record-modal.js";
import { renderResult } from "../../blocks/render-result.js";
import { decodeEditTarget } from "../../blocks/status-controls.js";
import { buildRequestContext } from "../../request-context.js";
import { runCommand } from "../../run-command.js";
import type { SlackDeps } from "../../slack-deps.js";

type Args = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;

function channelOf(body: BlockAction<ButtonAction>): string | null {
  return body.channel?.id ?? body.container?.channel_id ?? null;
}

async function refuse(respond: Args["respond"], text: string): Promise<void> {
  const message = messageBlocks("warning", text);
  await respond({ response_type: "ephemeral", replace_original: false, text: message.text, blocks: message.blocks });
}

export function showAll(deps: SlackDeps) {
  return async ({ ack, body, action, respond }: Args): Promise<void> => {
    await ack();
    const channel = channelOf(body);
    if (!channel || !action.value)
      return refuse(respond, "Non riesco a ritrovare questo stato: ripeti `/unione stato`.");
    const run = await deps.work.run(() =>
      runCommand(deps.command, {
        text: `stato ${action.value} tutto`,
        user: body.user.id,
        channel,
        audience: "private",
        kind: "action",
      }),
    );
    const message = renderResult(run.result, {});
    await respond({ response_type: "ephemeral", replace_original: false, text: message.text, blocks: message.blocks });
  };
}

export function openRecordForm(deps: SlackDeps) {
  return async ({ ack, body, action, respond, client }: Args): Promise<void> => {
    await ack();
    const target = decodeEditTarget(action.value);
    const channel = channelOf(body);
    if (!target || !channel) return refuse(respond, "Non riesco ad aprire il modulo: ripeti `/unione stato`.");
    const context = buildRequestContext(
      { user: body.user.id, channel, audience: "private" },
      { adminUsers: deps.command.adminUsers, boundUnione: (id) => deps.router.boundUnione(id) },
    );
    const formTarget = target.funzione
      ? { kind: "function" as const, code: target.funzione }
      : { kind: "deliverables" as const };
    try {
      const result = await deps.router.execute(
        { name: "record-form", unione: target.unione, target: formTarget },
        context,
      );
      if (result.type !== "record-form") return;
      await client.views.open({ trigger_id: body.trigger_id, view: recordModal(result.form, channel) });
      deps.logger.info({ kind: "action", user: body.user.id, channel, command: "record-form" }, "modulo aperto");
    } catch (error) {
      deps.logger.info({ err: error, user: body.user.id, channel }, "modulo di inserimento non aperto");
      await refuse(respond, userMessageOf(error));
    }
  };
}
