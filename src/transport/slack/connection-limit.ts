/**
 * Caps the open connections of the HTTP server (Node closes any beyond `maxConnections` on arrival) and counts
 * them: the health route reports the count, and dropped connections are logged once a minute at most, so a flood
 * is visible without flooding the log in turn.
 */
import type { Server } from "node:http";
import type { Logger } from "../../core/logger.js";

export interface ConnectionCount {
  open(): number;
  dropped(): number;
}

export function limitConnections(
  server: Server,
  options: { maxConnections: number; logger: Logger; clock: () => Date },
): ConnectionCount {
  server.maxConnections = options.maxConnections;
  let open = 0;
  let dropped = 0;
  let lastReport = Number.NEGATIVE_INFINITY;
  server.on("connection", (socket) => {
    open += 1;
    socket.once("close", () => {
      open -= 1;
    });
  });
  server.on("drop", () => {
    dropped += 1;
    const now = options.clock().getTime();
    if (now - lastReport < 60_000) return;
    lastReport = now;
    options.logger.warn(
      { open, maxConnections: options.maxConnections, dropped },
      "troppe connessioni aperte: le nuove vengono chiuse",
    );
  });
  return { open: () => open, dropped: () => dropped };
}
