/**
 * A real OpenAI-compatible HTTP server on 127.0.0.1 for tests: POST /v1/chat/completions and POST /v1/embeddings.
 * Every request is recorded so tests can assert what the client sent (model, messages, encoding_format…).
 * Chat replies come from a handler the test controls; embeddings are deterministic float arrays.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type FakeReply =
  | { content: string }
  | { status: number; error?: string }
  | { delayMs: number; content?: string }
  /** Never answers: only the client giving up (its timeout) ends the request. */
  | { hang: true };

export interface FakeOpenAiOptions {
  chat?: (body: any) => FakeReply;
  embeddingDimensions?: number;
}

export interface RecordedRequest {
  path: string;
  body: any;
  /** The query string's parameters (Azure sends api-version there). */
  query: Record<string, string>;
  headers: IncomingMessage["headers"];
}

export interface FakeOpenAi {
  /** Base URL ending in /v1, as the openai client expects. */
  url: string;
  requests: RecordedRequest[];
  setChat(handler: (body: any) => FakeReply): void;
  /** Resolves once the client has abandoned a chat request (of `model`) before any answer: its timeout fired. */
  abandoned(model?: string): Promise<void>;
  close(): Promise<void>;
}

const defaultChat = (): FakeReply => ({ content: "Risposta di prova [1]." });

export async function startFakeOpenAi(options: FakeOpenAiOptions = {}): Promise<FakeOpenAi> {
  const requests: RecordedRequest[] = [];
  let chat = options.chat ?? defaultChat;
  const dimensions = options.embeddingDimensions ?? 16;
  const pending = new Set<NodeJS.Timeout>();
  const abandonedModels: string[] = [];
  const waiting: Array<{ model: string | undefined; resolve: () => void }> = [];
  const seenAbandon = (model: string | undefined) =>
    abandonedModels.some((name) => model === undefined || name === model);

  const server = createServer((request, response) => {
    void handle(request, response).catch((error: unknown) => sendJson(response, 500, errorBody(String(error))));
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const body = await readJson(request);
    const address = new URL(request.url ?? "/", "http://127.0.0.1");
    const path = address.pathname;
    requests.push({ path, body, query: Object.fromEntries(address.searchParams), headers: request.headers });
    if (request.method !== "POST") return sendJson(response, 405, errorBody("method not allowed"));
    if (path.endsWith("/chat/completions")) return replyChat(response, body, chat(body));
    if (path.endsWith("/embeddings")) return sendJson(response, 200, embeddingsBody(body, dimensions));
    sendJson(response, 404, errorBody(`unknown path ${path}`));
  }

  function replyChat(response: ServerResponse, body: any, reply: FakeReply): void {
    response.on("close", () => {
      if (response.writableFinished) return;
      abandonedModels.push(String(body?.model ?? ""));
      for (const waiter of waiting.filter((entry) => seenAbandon(entry.model))) waiter.resolve();
    });
    if ("hang" in reply) return;
    if ("status" in reply) {
      sendJson(response, reply.status, errorBody(reply.error ?? "fake error"));
      return;
    }
    if ("delayMs" in reply) {
      const timer = setTimeout(() => {
        pending.delete(timer);
        if (!response.destroyed) sendJson(response, 200, chatBody(body, reply.content ?? ""));
      }, reply.delayMs);
      pending.add(timer);
      response.on("close", () => {
        clearTimeout(timer);
        pending.delete(timer);
      });
      return;
    }
    sendJson(response, 200, chatBody(body, reply.content));
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    setChat(handler) {
      chat = handler;
    },
    abandoned: (model) =>
      seenAbandon(model) ? Promise.resolve() : new Promise<void>((resolve) => waiting.push({ model, resolve })),
    close() {
      for (const timer of pending) clearTimeout(timer);
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

async function readJson(request: IncomingMessage): Promise<any> {
  const parts: Buffer[] = [];
  for await (const part of request) parts.push(part as Buffer);
  const raw = Buffer.concat(parts).toString("utf8");
  if (!raw) return null;
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  if (response.headersSent || response.destroyed) return;
  response.writeHead(status, { "content-type": "application/json" });
  response.end(JSON.stringify(body));
}

function errorBody(message: string): unknown {
  return { error: { message, type: "fake_error", code: null } };
}

function chatBody(request: any, content: string): unknown {
  return {
    id: "chatcmpl-fake",
    object: "chat.completion",
    created: Math.floor(Date.now() / 1000),
    model: request?.model ?? "fake-model",
    choices: [{ index: 0, message: { role: "assistant", content }, finish_reason: "stop", logprobs: null }],
    usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
  };
}

function embeddingsBody(request: any, dimensions: number): unknown {
  const inputs: string[] = Array.isArray(request?.input) ? request.input : [String(request?.input ?? "")];
  return {
    // Mistral's client requires an id, as its API sends one; OpenAI's ignores it.
    id: "embd-fake",
    object: "list",
    model: request?.model ?? "fake-embedding",
    data: inputs.map((input, index) => ({
      object: "embedding",
      index,
      embedding: fakeVector(String(input), dimensions),
    })),
    usage: { prompt_tokens: 1, total_tokens: 1 },
  };
}

/** Deterministic, never all-zero: character codes folded into the dimensions, then L2-normalised. */
export function fakeVector(text: string, dimensions: number): number[] {
  const vector = new Array<number>(dimensions).fill(0);
  vector[0] = 1;
  for (let index = 0; index < text.length; index++) {
    const slot = (text.charCodeAt(index) * 31 + index) % dimensions;
    vector[slot] = (vector[slot] ?? 0) + 1;
  }
  const norm = Math.sqrt(vector.reduce((sum, value) => sum + value * value, 0));
  return vector.map((value) => value / norm);
}
