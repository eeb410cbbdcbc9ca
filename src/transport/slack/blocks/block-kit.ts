/**
 * Block Kit primitives that enforce Slack's limits by splitting and capping, never by failing.
 * Every builder in this folder goes through these, so no message Slack would reject is ever built.
 */
import type { types as SlackTypes } from "@slack/bolt";

export type KnownBlock = SlackTypes.KnownBlock;
export type Button = SlackTypes.Button;

/** A rendered message: blocks plus the plain `text` fallback (notifications, screen readers, old clients). */
export interface SlackMessage {
  text: string;
  blocks: KnownBlock[];
}

/** Slack's documented limits (api.slack.com/reference/block-kit). */
export const SLACK_LIMITS = {
  sectionText: 3000,
  blocksPerMessage: 50,
  blocksPerView: 100,
  headerText: 150,
  buttonText: 75,
  buttonValue: 2000,
  contextElements: 10,
  /** Not a hard limit of the API, but Slack truncates notification text long before 40.000 characters. */
  fallbackText: 3000,
} as const;

/** Escapes the three characters Slack's mrkdwn treats as control: documents can never inject `<!channel>`. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Cuts `text` to at most `max` characters, ending with "…" when something was cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, Math.max(0, max - 1)).trimEnd()}…`;
}

/** Splits text into pieces of at most `max` characters, preferring paragraph, line and word boundaries. */
export function splitText(text: string, max: number = SLACK_LIMITS.sectionText): string[] {
  const pieces: string[] = [];
  let rest = text.trim();
  while (rest.length > max) {
    const window = rest.slice(0, max);
    const cut = lastBoundary(window, max);
    pieces.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest.length > 0) pieces.push(rest);
  return pieces;
}

function lastBoundary(window: string, max: number): number {
  const minimum = Math.floor(max / 2);
  for (const separator of ["\n\n", "\n", ". ", " "]) {
    const index = window.lastIndexOf(separator);
    if (index >= minimum) return index + separator.length;
  }
  return max;
}

export function section(text: string): KnownBlock {
  return { type: "section", text: { type: "mrkdwn", text: truncate(text, SLACK_LIMITS.sectionText) } };
}

/** One section per piece of a long mrkdwn text. */
export function sections(text: string): KnownBlock[] {
  return splitText(text).map((piece) => section(piece));
}

/** Takes raw text: escaped here, since Slack decodes the three entities in plain_text too. */
export function header(text: string): KnownBlock {
  return {
    type: "header",
    text: { type: "plain_text", text: escapedTruncate(text, SLACK_LIMITS.headerText), emoji: true },
  };
}

export function context(...texts: string[]): KnownBlock {
  const elements = texts
    .slice(0, SLACK_LIMITS.contextElements)
    .map((text) => ({ type: "mrkdwn" as const, text: truncate(text, SLACK_LIMITS.sectionText) }));
  return { type: "context", elements };
}

export function divider(): KnownBlock {
  return { type: "divider" };
}

export function button(options: {
  text: string;
  actionId: string;
  value: string;
  style?: "primary" | "danger";
}): Button {
  return {
    type: "button",
    action_id: options.actionId,
    text: { type: "plain_text", text: truncate(options.text, SLACK_LIMITS.buttonText), emoji: true },
    value: truncate(options.value, SLACK_LIMITS.buttonValue),
    ...(options.style ? { style: options.style } : {}),
  };
}

export function actions(blockId: string, elements: Button[]): KnownBlock {
  return { type: "actions", block_id: blockId, elements: elements.slice(0, 25) };
}

/**
 * Keeps `head` and `tail` (title, sources, buttons) and cuts the body so the whole fits in `max` blocks,
 * saying how much was left out.
 */
export function fitBlocks(
  head: KnownBlock[],
  body: KnownBlock[],
  tail: KnownBlock[],
  max: number = SLACK_LIMITS.blocksPerMessage,
): KnownBlock[] {
  if (head.length + body.length + tail.length <= max) return [...head, ...body, ...tail];
  const room = Math.max(0, max - head.length - tail.length - 1);
  const omitted = body.length - room;
  const notice = context(
    `_… testo troppo lungo per Slack: ${omitted} blocchi omessi. Usa la CLI per il testo completo._`,
  );
  return [...head, ...body.slice(0, room), notice, ...tail].slice(0, max);
}

/**
 * The top-level `text` of a message from raw text: one line, escaped, bounded. Slack shows it in notifications and
 * parses it as mrkdwn, so a `<!channel>` from a document, a model or a user would otherwise notify everyone.
 */
export function fallback(text: string): string {
  return escapedTruncate(text.replace(/\s+/g, " ").trim(), SLACK_LIMITS.fallbackText) || "Risposta dell'assistente";
}

/** Escapes, then cuts to `max` without leaving half an entity ("&am…") at the cut. */
export function escapedTruncate(text: string, max: number): string {
  const escaped = escapeMrkdwn(text);
  if (escaped.length <= max) return escaped;
  const cut = escaped.slice(0, Math.max(0, max - 1)).replace(/&[a-z]{0,3}$/, "");
  return `${cut.trimEnd()}…`;
}

/** Lines joined into as few sections as the limit allows. */
export function listSections(lines: string[]): KnownBlock[] {
  return lines.length === 0 ? [] : sections(lines.join("\n"));
}
