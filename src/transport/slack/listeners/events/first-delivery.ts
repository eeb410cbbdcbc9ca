/**
 * True the first time an event and its message are seen. Slack retries the same event_id when an ack is
 * late, and a mention inside a followed thread arrives both as app_mention and as message: one answer each.
 */
import type { SlackDeps } from "../../slack-deps.js";

export function firstDelivery(deps: SlackDeps, eventId: string | undefined, channel: string, ts: string): boolean {
  if (eventId && !deps.seen.firstTime(`event:${eventId}`)) {
    deps.logger.debug({ eventId }, "evento già ricevuto: ignorato");
    return false;
  }
  return deps.seen.firstTime(`message:${channel}:${ts}`);
}
