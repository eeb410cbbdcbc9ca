/**
 * Where an admin may review and decide the facts an Unione's acts propose: on the command line and the console,
 * in the Unione's own Slack channel, or in a direct message with the bot. Never in another Unione's channel or in
 * an unbound channel, where others would read one Unione's acts and decisions.
 */
import { UnioneError } from "../core/errors.js";
import type { RequestContext } from "../core/types.js";

export function assertEvidenceAccess(context: RequestContext, unioneId: string, unioneName: string): void {
  if (context.transport !== "slack") return;
  if (context.scope.kind === "unione" && context.scope.unione === unioneId) return;
  if (context.directMessage && context.scope.kind === "all") return;
  throw new UnioneError(
    "FORBIDDEN",
    `Le proposte dagli atti di ${unioneName} si esaminano solo nel canale collegato a questa Unione o in un messaggio diretto con il bot.`,
  );
}
