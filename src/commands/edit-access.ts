/**
 * Who may edit an Unione's record from chat, and where: configured admins only, and only in the Unione's own
 * channel or in their direct message with the bot, so that a form never opens (or saves) in a channel that
 * belongs to another Unione or to nobody. The local console and the command line are the trusted operator.
 */
import { UnioneError } from "../core/errors.js";
import type { RequestContext } from "../core/types.js";

export function editAllowed(context: RequestContext, unioneId: string): boolean {
  if (!context.isAdmin) return false;
  if (context.transport !== "slack") return true;
  return context.directMessage === true || context.boundUnione === unioneId;
}

export function assertEditAllowed(context: RequestContext, unioneId: string, unioneName: string): void {
  if (editAllowed(context, unioneId)) return;
  if (!context.isAdmin)
    throw new UnioneError("FORBIDDEN", "Solo gli amministratori del bot possono modificare i dati di un'Unione.");
  throw new UnioneError(
    "FORBIDDEN",
    `I dati di ${unioneName} si modificano solo nel canale collegato a questa Unione o in un messaggio diretto al bot.`,
  );
}
