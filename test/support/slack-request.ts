/** Signed requests to a Bolt HTTP receiver, as Slack sends them (HMAC-SHA256 "v0" signatures). */
import { createHmac } from "node:crypto";

export function slackSignature(signingSecret: string, timestamp: number, body: string): string {
  return `v0=${createHmac("sha256", signingSecret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
}

export interface SignOptions {
  /** Seconds since epoch; defaults to now. A stale one (over 5 minutes old) must be refused. */
  timestamp?: number;
  /** Replaces the computed signature (forgeries). */
  signature?: string;
  headers?: Record<string, string>;
}

export interface SlackHttpResult {
  status: number;
  body: string;
  /** Time until the HTTP answer: Slack's ack deadline is 3 s. */
  ackMs: number;
}

export async function postSigned(
  url: string,
  signingSecret: string,
  body: string,
  contentType: string,
  options: SignOptions = {},
): Promise<SlackHttpResult> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const started = performance.now();
  const response = await fetch(url, {
    method: "POST",
    headers: {
      "content-type": contentType,
      "x-slack-request-timestamp": String(timestamp),
      "x-slack-signature": options.signature ?? slackSignature(signingSecret, timestamp, body),
      ...options.headers,
    },
    body,
  });
  const text = await response.text();
  return { status: response.status, body: text, ackMs: performance.now() - started };
}

export interface SlashCommandFields {
  text: string;
  user_id: string;
  channel_id: string;
  response_url: string;
  command?: string;
  channel_name?: string;
}

export function slashCommandBody(fields: SlashCommandFields): string {
  return new URLSearchParams({
    token: "legacy-verification-token",
    team_id: "T1",
    team_domain: "unioni",
    channel_name: fields.channel_name ?? "generale",
    user_name: fields.user_id.toLowerCase(),
    command: fields.command ?? "/unione",
    trigger_id: `trigger-${Math.random().toString(36).slice(2)}`,
    api_app_id: "A1",
    ...fields,
  }).toString();
}

export function postSlashCommand(
  url: string,
  secret: string,
  fields: SlashCommandFields,
  options?: SignOptions,
): Promise<SlackHttpResult> {
  return postSigned(url, secret, slashCommandBody(fields), "application/x-www-form-urlencoded", options);
}

export function eventEnvelope(event: Record<string, unknown>, eventId: string): string {
  return JSON.stringify({
    token: "legacy-verification-token",
    team_id: "T1",
    api_app_id: "A1",
    type: "event_callback",
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: "T1", user_id: "UBOT", is_bot: true }],
    event,
  });
}

export function postEvent(
  url: string,
  secret: string,
  event: Record<string, unknown>,
  eventId: string,
  options?: SignOptions,
): Promise<SlackHttpResult> {
  return postSigned(url, secret, eventEnvelope(event, eventId), "application/json", options);
}

export function postAction(
  url: string,
  secret: string,
  payload: Record<string, unknown>,
  options?: SignOptions,
): Promise<SlackHttpResult> {
  const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
  return postSigned(url, secret, body, "application/x-www-form-urlencoded", options);
}

/** A block_actions payload for one button press. */
export function buttonPress(options: {
  actionId: string;
  value: string;
  user: string;
  channel: string;
  responseUrl: string;
  ephemeral: boolean;
  message?: { ts: string; text: string; blocks: unknown[] };
}): Record<string, unknown> {
  return {
    type: "block_actions",
    team: { id: "T1", domain: "unioni" },
    user: { id: options.user, username: options.user.toLowerCase(), team_id: "T1" },
    api_app_id: "A1",
    token: "legacy-verification-token",
    container: {
      type: "message",
      channel_id: options.channel,
      is_ephemeral: options.ephemeral,
      ...(options.message ? { message_ts: options.message.ts } : {}),
    },
    trigger_id: "trigger-1",
    channel: { id: options.channel, name: "canale" },
    ...(options.message ? { message: { type: "message", user: "UBOT", bot_id: "BBOT", ...options.message } } : {}),
    response_url: options.responseUrl,
    actions: [
      {
        type: "button",
        action_id: options.actionId,
        block_id: "feedback",
        value: options.value,
        action_ts: "1700000001.000001",
        text: { type: "plain_text", text: "x" },
      },
    ],
  };
}
