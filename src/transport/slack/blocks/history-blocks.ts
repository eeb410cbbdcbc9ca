/** The audited changes to an Unione's records, newest first as the service returns them. */

import { actNote, type ComuneNames } from "../../../commands/history-text.js";
import { formatDate } from "../../../core/italian-format.js";
import type { AuditEntry } from "../../../records/audit-log.js";
import { escapeMrkdwn, fallback, fitBlocks, header, listSections, type SlackMessage, truncate } from "./block-kit.js";
import { controlBlocks, type ReplyControls } from "./reply-controls.js";

function shown(value: string | null): string {
  return value === null ? "_(vuoto)_" : `\`${escapeMrkdwn(truncate(value, 200))}\``;
}

/** A Slack user id becomes a mention; anyone else (the command line, "sistema") is shown as escaped text. */
function who(user: string): string {
  return /^[UW][A-Z0-9]+$/.test(user) ? `<@${user}>` : escapeMrkdwn(user);
}

export function auditLine(entry: AuditEntry, comuni: ComuneNames = []): string {
  const time = /T(\d{2}:\d{2})/.exec(entry.at)?.[1];
  const field = entry.target ? `${entry.target}.${entry.field}` : entry.field;
  const act = escapeMrkdwn(actNote(entry, comuni));
  return `• ${formatDate(entry.at)}${time ? ` ${time}` : ""} — ${who(entry.user)} ${escapeMrkdwn(field)}: ${shown(entry.oldValue)} → ${shown(entry.newValue)}${act}`;
}

export function historyBlocks(
  unione: string,
  entries: AuditEntry[],
  controls: ReplyControls = {},
  comuni: ComuneNames = [],
): SlackMessage {
  const head = [header(`Modifiche alla scheda: ${unione}`)];
  const body = entries.length
    ? listSections(entries.map((entry) => auditLine(entry, comuni)))
    : listSections(["Nessuna modifica registrata."]);
  return {
    text: fallback(`Modifiche alla scheda di ${unione}: ${entries.length}`),
    blocks: fitBlocks(head, body, controlBlocks(controls)),
  };
}
