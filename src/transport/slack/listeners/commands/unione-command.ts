/** `/unione …`: ack at once, then run the command and reply through response_url. */
import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from "@slack/bolt";
import { userMessageOf } from "../../../../core/errors.js";
import { messageBlocks } from "../../blocks/message-blocks.js";
import { deliverEphemeral } from "../../deliver-ephemeral.js";
import { runCommand } from "../../run-command.js";
import type { SlackDeps } from "../../slack-deps.js";

export function unioneCommand(deps: SlackDeps) {
  return async ({ command, ack, respond, client }: SlackCommandMiddlewareArgs & AllMiddlewareArgs): Promise<void> => {
    // An empty ack: Slack shows nothing and waits for the reply on response_url (allowed for 30 minutes).
    await ack();
    const run = await deps.work.run(() =>
      runCommand(deps.command, {
        text: command.text ?? "",
        user: command.user_id,
        channel: command.channel_id,
        audience: "private",
        kind: "slash",
      }),
    );
    try {
      await deliverEphemeral(deps, run, { respond, client, channel: command.channel_id, user: command.user_id });
    } catch (error) {
      deps.logger.error({ err: error, requestId: run.context.requestId }, "risposta al comando non consegnata");
      const message = messageBlocks("error", userMessageOf(error));
      await respond({ response_type: "ephemeral", text: message.text, blocks: message.blocks }).catch(() => undefined);
    }
  };
}
