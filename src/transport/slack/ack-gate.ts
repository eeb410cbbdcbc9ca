/**
 * Gives acks priority over command work. Every incoming HTTP request is "pending" until its response is sent;
 * queued commands start only when nothing is pending (or after `maxWaitMs`, so work never starves). Without
 * this, each request of a burst waits behind one unit of retrieval work per I/O step and acks slip past 100 ms.
 */
import type { Server } from "node:http";

export interface AckGate {
  /** Resolves when no request has awaited its response for `quietMs`, or after `maxWaitMs` in all. */
  idle(): Promise<void>;
  /** Counts the requests on `path` from arrival to response. */
  watch(server: Server, path: string): void;
  pending(): number;
}

export function createAckGate(options: { maxWaitMs?: number; quietMs?: number } = {}): AckGate {
  const maxWaitMs = options.maxWaitMs ?? 200;
  // A burst reaches the server one request at a time: a short quiet period lets the next one in before work starts.
  const quietMs = options.quietMs ?? 5;
  let pending = 0;
  /** Requests ever seen: tells whether one arrived during the quiet period. */
  let arrivals = 0;
  let waiters: (() => void)[] = [];

  const leave = () => {
    pending = Math.max(0, pending - 1);
    if (pending > 0) return;
    const ready = waiters;
    waiters = [];
    for (const resolve of ready) resolve();
  };

  const drained = (timeoutMs: number) =>
    new Promise<void>((resolve) => {
      if (pending === 0) return resolve();
      const timer = setTimeout(resolve, timeoutMs);
      waiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });

  return {
    async idle() {
      const deadline = Date.now() + maxWaitMs;
      let seen = arrivals;
      for (;;) {
        await drained(Math.max(0, deadline - Date.now()));
        await new Promise((resolve) => setTimeout(resolve, quietMs));
        if ((pending === 0 && arrivals === seen) || Date.now() >= deadline) return;
        seen = arrivals;
      }
    },
    watch(server, path) {
      server.prependListener("request", (request, response) => {
        if (!request.url?.startsWith(path)) return;
        pending += 1;
        arrivals += 1;
        let done = false;
        const once = () => {
          if (done) return;
          done = true;
          leave();
        };
        response.once("finish", once);
        response.once("close", once);
      });
    },
    pending: () => pending,
  };
}
