/**
 * Limits of the HTTP endpoint Slack posts to. Anyone on the network can reach it before any signature is checked,
 * so what an unauthenticated client may cost is bounded here: body size, time to send headers and body, open
 * connections. Slack's own requests are small and quick, far inside every limit.
 */
import type { ServerOptions } from "node:http";

export interface HttpLimits {
  /**
   * Largest body read, in bytes. Slack's biggest payloads are interactions that carry a whole message (at most
   * 50 blocks of 3.000 characters, about 150.000 characters, form-encoded): 512 KiB leaves room for that, and
   * Bolt's own default (4 MB) was what let 150 never-finishing 3,9 MB uploads hold 750 MB.
   */
  maxBodyBytes: number;
  /** Largest body without signature headers: only Slack's `ssl_check=1` probe is expected unsigned. */
  maxUnsignedBodyBytes: number;
  /** Time to receive the request headers (Node's default is 60 s). */
  headersTimeoutMs: number;
  /** Time to receive the whole request, body included (Node's default is 300 s). */
  requestTimeoutMs: number;
  /** How often Node checks the two timeouts above (its default, 30 s, would let a slow body linger that long). */
  timeoutCheckIntervalMs: number;
  /** Idle time of a kept-alive connection between requests. */
  keepAliveTimeoutMs: number;
  /** Open connections at most; further ones are closed at once and counted in the log. */
  maxConnections: number;
  /** Slack's window for a request timestamp, both ways: older is stale, newer is from the future. */
  timestampToleranceSeconds: number;
}

export const defaultHttpLimits: HttpLimits = {
  maxBodyBytes: 512 * 1024,
  maxUnsignedBodyBytes: 4 * 1024,
  headersTimeoutMs: 5_000,
  requestTimeoutMs: 10_000,
  timeoutCheckIntervalMs: 1_000,
  keepAliveTimeoutMs: 5_000,
  maxConnections: 256,
  timestampToleranceSeconds: 5 * 60,
};

/** What Bolt's HTTPReceiver passes to `http.createServer` (it accepts these as its second start argument). */
export function serverOptionsOf(limits: HttpLimits): ServerOptions {
  return {
    headersTimeout: limits.headersTimeoutMs,
    requestTimeout: limits.requestTimeoutMs,
    connectionsCheckingInterval: limits.timeoutCheckIntervalMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
  };
}
