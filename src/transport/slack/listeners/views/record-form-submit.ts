/**
 * A submitted data-entry modal: read its inputs, let the router validate, audit and save, then either show the
 * field errors inside the modal (Slack's response_action "errors") or close it and confirm to the admin. The
 * access rule is checked again on submission: the channel may have been re-bound while the modal was open.
 */
import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from "@slack/bolt";
import { FormError } from "../../../../commands/form-values.js";
import { userMessageOf } from "../../../../core/errors.js";
import { messageBlocks } from "../../blocks/message-blocks.js";
import { decodeMetadata, VIEW_IDS } from "../../blocks/record-modal.js";
import {
  deliverablesEditFromState,
  functionEditFromState,
  type ViewStateValues,
} from "../../blocks/record-modal-values.js";
import { buildRequestContext, isDirectMessageChannel } from "../../request-context.js";
import type { SlackDeps } from "../../slack-deps.js";

type Args = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

/** Field errors keyed by block ids that exist in the view; anything else goes on the first input. */
function viewErrors(view: ViewSubmitAction["view"], fields: Record<string, string>): Record<string, string> {
  const inputs = (view.blocks as { type: string; block_id?: string }[])
    .filter((block) => block.type === "input" && block.block_id)
    .map((block) => block.block_id!);
  const errors: Record<string, string> = {};
  for (const [key, message] of Object.entries(fields)) {
    const target = inputs.includes(key) ? key : (inputs[0] ?? key);
    errors[target] = errors[target] ? `${errors[target]}; ${message}` : message;
  }
  return errors;
}

export function submitRecordForm(deps: SlackDeps) {
  return async ({ ack, body, view, client }: Args): Promise<void> => {
    const metadata = decodeMetadata(view.private_metadata);
    const user = body.user.id;
    if (!metadata) {
      await ack({
        response_action: "errors",
        errors: viewErrors(view, { form: "Modulo non valido: riaprilo dallo stato." }),
      });
      return;
    }
    const context = buildRequestContext(
      { user, channel: metadata.channel, audience: "private" },
      { adminUsers: deps.command.adminUsers, boundUnione: (id) => deps.router.boundUnione(id) },
    );
    const values = view.state.values as unknown as ViewStateValues;
    const edit =
      view.callback_id === VIEW_IDS.function
        ? functionEditFromState(values, metadata.funzione ?? "")
        : deliverablesEditFromState(values);
    let text: string;
    try {
      const result = await deps.router.execute({ name: "record-edit", unione: metadata.unione, edit }, context);
      text = result.type === "message" ? result.text : "Dati salvati.";
    } catch (error) {
      const fields = error instanceof FormError ? error.fields : { form: userMessageOf(error) };
      deps.logger.info({ err: error, user, unione: metadata.unione }, "modulo di inserimento rifiutato");
      await ack({ response_action: "errors", errors: viewErrors(view, fields) });
      return;
    }
    await ack();
    deps.logger.info({ kind: "view", user, unione: metadata.unione, command: "record-edit" }, "modulo salvato");
    const message = messageBlocks("info", `${text} Vedi \`/unione stato\` e \`/unione storico\`.`);
    try {
      if (isDirectMessageChannel(metadata.channel))
        await client.chat.postMessage({ channel: metadata.channel, text: message.text, blocks: message.blocks });
      else
        await client.chat.postEphemeral({
          channel: metadata.channel,
          user,
          text: message.text,
          blocks: message.blocks,
        });
    } catch (error) {
      deps.logger.warn({ err: error, user }, "conferma del salvataggio non consegnata");
    }
  };
}
