/**
 * A fake Slack Web API on 127.0.0.1 that records every call, plus a response_url receiver and the upload URL of
 * files.uploadV2. Unknown methods answer {ok:false} and are recorded, so a test sees what was attempted.
 */
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedCall {
  method: string;
  body: Record<string, unknown>;
  token: string | null;
}

export interface RecordedResponse {
  key: string;
  body: Record<string, unknown>;
  at: number;
}

export interface ThreadMessageFixture {
  ts: string;
  text: string;
  user?: string;
  bot_id?: string;
}

export interface FakeSlackApi {
  /** Base URL for SLACK_API_URL (ends with /api/). */
  apiUrl: string;
  /** A response_url on this server; replies posted there are recorded under `key`. */
  responseUrl(key: string): string;
  calls: RecordedCall[];
  responses: RecordedResponse[];
  uploads: { fileId: string; bytes: Buffer }[];
  callsTo(method: string): RecordedCall[];
  responsesTo(key: string): RecordedResponse[];
  setThread(channel: string, ts: string, messages: ThreadMessageFixture[]): void;
  setUserChannels(user: string, channels: string[]): void;
  /** Makes a method answer {ok:false, error}; `auth.test` included. */
  failMethod(method: string, error?: string): void;
  /** Calls to `method` are recorded on arrival but answered only once the returned function is called. */
  holdMethod(method: string): () => void;
  /** Makes a method answer exactly `body` (e.g. apps.connections.open for Socket Mode). */
  answerMethod(method: string, body: Record<string, unknown>): void;
  waitFor<T>(probe: () => T | undefined | null | false, description: string, timeoutMs?: number): Promise<T>;
  close(): Promise<void>;
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The Web API client posts form fields, with nested values (blocks) as JSON strings. */
function parseFields(raw: Buffer, contentType: string): Record<string, unknown> {
  const text = raw.toString("utf8");
  if (contentType.includes("application/json")) return text ? (JSON.parse(text) as Record<string, unknown>) : {};
  const fields: Record<string, unknown> = {};
  for (const [name, value] of new URLSearchParams(text)) {
    fields[name] = /^[[{]/.test(value) ? safeJson(value) : value;
  }
  return fields;
}

function safeJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

export async function startFakeSlackApi(options: { botUserId?: string; botId?: string } = {}): Promise<FakeSlackApi> {
  const calls: RecordedCall[] = [];
  const responses: RecordedResponse[] = [];
  const uploads: { fileId: string; bytes: Buffer }[] = [];
  const threads = new Map<string, ThreadMessageFixture[]>();
  const userChannels = new Map<string, string[]>();
  const failures = new Map<string, string>();
  const scripted = new Map<string, Record<string, unknown>>();
  let sequence = 0;
  let base = "";
  const held = new Map<string, Promise<void>>();

  const answer = (method: string, body: Record<string, unknown>): Record<string, unknown> => {
    const failure = failures.get(method);
    if (failure) return { ok: false, error: failure };
    const fixed = scripted.get(method);
    if (fixed) return fixed;
    sequence += 1;
    switch (method) {
      case "auth.test":
        return { ok: true, user_id: options.botUserId ?? "UBOT", bot_id: options.botId ?? "BBOT", team_id: "T1" };
      case "chat.postMessage":
        return { ok: true, channel: body.channel, ts: `1700000000.${String(sequence).padStart(6, "0")}` };
      case "chat.update":
        return { ok: true, channel: body.channel, ts: body.ts };
      case "chat.postEphemeral":
        return { ok: true, message_ts: `1700000000.${String(sequence).padStart(6, "0")}` };
      case "files.getUploadURLExternal":
        return { ok: true, upload_url: `${base}/upload/F${sequence}`, file_id: `F${sequence}` };
      case "files.completeUploadExternal":
        return {
          ok: true,
          files: ((body.files as { id: string }[] | undefined) ?? []).map((file) => ({ id: file.id })),
        };
      case "conversations.replies":
        return { ok: true, messages: threads.get(`${String(body.channel)}:${String(body.ts)}`) ?? [], has_more: false };
      case "users.conversations":
        return {
          ok: true,
          channels: (userChannels.get(String(body.user)) ?? []).map((id) => ({ id })),
          response_metadata: { next_cursor: "" },
        };
      case "conversations.open":
        return { ok: true, channel: { id: `D${String(body.users)}` } };
      case "views.publish":
      case "views.open":
        return { ok: true, view: { id: `V${sequence}` } };
      default:
        return { ok: false, error: "unknown_method" };
    }
  };

  const server: Server = createServer(async (request, response) => {
    const raw = await readBody(request);
    const path = new URL(request.url ?? "/", "http://127.0.0.1").pathname;
    if (path.startsWith("/response/")) {
      responses.push({
        key: decodeURIComponent(path.slice("/response/".length)),
        body: JSON.parse(raw.toString("utf8") || "{}"),
        at: Date.now(),
      });
      response.writeHead(200, { "content-type": "text/plain" }).end("ok");
      return;
    }
    if (path.startsWith("/upload/")) {
      uploads.push({ fileId: path.slice("/upload/".length), bytes: raw });
      response.writeHead(200, { "content-type": "text/plain" }).end("OK - 1");
      return;
    }
    const method = path.replace(/^\/api\//, "");
    const body = parseFields(raw, String(request.headers["content-type"] ?? ""));
    const authorization = String(request.headers.authorization ?? "");
    calls.push({
      method,
      body,
      token: authorization.startsWith("Bearer ")
        ? authorization.slice(7)
        : ((body.token as string | undefined) ?? null),
    });
    await held.get(method);
    response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(answer(method, body)));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    apiUrl: `${base}/api/`,
    responseUrl: (key) => `${base}/response/${encodeURIComponent(key)}`,
    calls,
    responses,
    uploads,
    callsTo: (method) => calls.filter((call) => call.method === method),
    responsesTo: (key) => responses.filter((entry) => entry.key === key),
    setThread: (channel, ts, messages) => void threads.set(`${channel}:${ts}`, messages),
    setUserChannels: (user, channels) => void userChannels.set(user, channels),
    failMethod: (method, error = "fatal_error") => void failures.set(method, error),
    answerMethod: (method, body) => void scripted.set(method, body),
    holdMethod(method) {
      let release: () => void = () => undefined;
      held.set(
        method,
        new Promise<void>((resolve) => {
          release = resolve;
        }),
      );
      return () => {
        held.delete(method);
        release();
      };
    },
    async waitFor(probe, description, timeoutMs = 5_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const value = probe();
        if (value) return value;
        if (Date.now() > deadline) throw new Error(`Timeout waiting for: ${description}`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
