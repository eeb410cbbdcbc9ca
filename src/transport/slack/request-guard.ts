/**
 * Runs in front of Bolt's HTTPReceiver on the events path, before anything is buffered. It refuses, without reading
 * the body: a declared body over the limit (413), a request without Slack's signature headers (401, except the small
 * unsigned `ssl_check` probe), a timestamp more than five minutes old or in the future (401). It then reads the body
 * itself within the limit, refuses a body that is not a JSON object (400: Bolt would crash on `null`), and answers a
 * replayed signed request (same signature within the window) with an empty 200 instead of running it again.
 * Bolt then verifies the signature as always, on the body read here (it reuses `rawBody` when present).
 */
import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import { parse as parseQuery } from "node:querystring";
import { isValidSlackRequest } from "@slack/bolt";
import type { Logger } from "../../core/logger.js";
import type { HttpLimits } from "./http-limits.js";
import { readBoundedBody } from "./read-bounded-body.js";
import type { SeenKeys } from "./seen-keys.js";

export interface RequestGuardOptions {
  path: string;
  limits: HttpLimits;
  signingSecret: string;
  /** Signatures already served: a second request with one of them is a replay. */
  replays: SeenKeys;
  logger: Logger;
  clock: () => Date;
}

const formType = "application/x-www-form-urlencoded";

function header(request: IncomingMessage, name: string): string | null {
  const value = request.headers[name];
  return typeof value === "string" && value.length > 0 ? value : null;
}

function refuse(response: ServerResponse, status: number): void {
  if (response.headersSent) return;
  // Connection: close — the rest of a refused body is not worth reading, nor the connection worth keeping.
  response.writeHead(status, { connection: "close", "content-length": "0" });
  response.end();
}

/** Why the headers alone disqualify the request, or null. */
function headerRefusal(
  request: IncomingMessage,
  options: RequestGuardOptions,
): { status: number; reason: string } | null {
  const declared = Number(request.headers["content-length"] ?? 0);
  if (declared > options.limits.maxBodyBytes) return { status: 413, reason: "corpo dichiarato oltre il limite" };
  const signature = header(request, "x-slack-signature");
  const timestamp = header(request, "x-slack-request-timestamp");
  if (!signature || !timestamp) {
    const probe = request.headers["content-type"] === formType && declared <= options.limits.maxUnsignedBodyBytes;
    return probe ? null : { status: 401, reason: "intestazioni della firma mancanti" };
  }
  const seconds = Number(timestamp);
  const now = options.clock().getTime() / 1000;
  const tolerance = options.limits.timestampToleranceSeconds;
  if (!Number.isFinite(seconds)) return { status: 401, reason: "orario della richiesta non valido" };
  if (seconds < now - tolerance) return { status: 401, reason: "richiesta scaduta" };
  if (seconds > now + tolerance) return { status: 401, reason: "orario della richiesta nel futuro" };
  return null;
}

/** Bolt reads `body.ssl_check` and `body.type` of whatever JSON arrives: anything but an object must stop here. */
function isObjectBody(body: Buffer, contentType: string | undefined): boolean {
  try {
    const text = body.toString("utf8");
    if (contentType === formType) {
      const payload = parseQuery(text).payload;
      if (typeof payload !== "string") return true;
      return isPlainObject(JSON.parse(payload));
    }
    return isPlainObject(JSON.parse(text));
  } catch {
    return false;
  }
}

function isPlainObject(value: unknown): boolean {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function guardSlackRequests(listener: RequestListener, options: RequestGuardOptions): RequestListener {
  const { logger, limits } = options;
  return (request, response) => {
    const path = (request.url ?? "").split("?")[0];
    if (request.method !== "POST" || path !== options.path) return listener(request, response);
    const early = headerRefusal(request, options);
    if (early) {
      logger.warn(
        { status: early.status, reason: early.reason },
        "richiesta HTTP rifiutata prima di leggerne il corpo",
      );
      return refuse(response, early.status);
    }
    const signed = header(request, "x-slack-signature") !== null;
    void readBoundedBody(request, signed ? limits.maxBodyBytes : limits.maxUnsignedBodyBytes).then((outcome) => {
      if (outcome.kind === "gone") return;
      if (outcome.kind === "too-large") {
        logger.warn({ status: 413, received: outcome.received }, "richiesta HTTP rifiutata: corpo oltre il limite");
        return refuse(response, 413);
      }
      if (!isObjectBody(outcome.body, request.headers["content-type"])) {
        logger.warn({ status: 400 }, "richiesta HTTP rifiutata: il corpo non è un oggetto JSON");
        return refuse(response, 400);
      }
      if (signed && isReplay(request, outcome.body, options)) {
        logger.warn({ status: 200 }, "richiesta Slack ripetuta con la stessa firma: ignorata");
        response.writeHead(200, { "content-length": "0" });
        response.end();
        return;
      }
      Object.assign(request, { rawBody: outcome.body });
      listener(request, response);
    });
  };
}

/** True for a correctly signed request whose signature was already served. Forgeries are left to Bolt (401). */
function isReplay(request: IncomingMessage, body: Buffer, options: RequestGuardOptions): boolean {
  const signature = header(request, "x-slack-signature") ?? "";
  const valid = isValidSlackRequest({
    signingSecret: options.signingSecret,
    body: body.toString("utf8"),
    headers: {
      "x-slack-signature": signature,
      "x-slack-request-timestamp": Number(header(request, "x-slack-request-timestamp")),
    },
    nowMilliseconds: options.clock().getTime(),
  });
  return valid && !options.replays.firstTime(signature);
}
