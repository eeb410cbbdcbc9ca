/**
 * GET /healthz on PORT, in both modes (Bolt serves custom routes beside Socket Mode too): the Docker
 * HEALTHCHECK calls it. In Socket Mode it answers 503 while the socket is not connected.
 */
import type { IncomingMessage, ServerResponse } from "node:http";

export interface HealthState {
  mode: "http" | "socket";
  /** Null in HTTP mode, where serving the request is itself the proof. */
  socketConnected: boolean | null;
  startedAt: Date;
  /** HTTP mode: connections open now and refused over the limit since start. */
  connections?: { open: number; dropped: number } | null;
}

export function healthRoute(state: () => HealthState, clock: () => Date = () => new Date()) {
  return {
    path: "/healthz",
    method: ["GET", "HEAD"],
    handler: (_request: IncomingMessage, response: ServerResponse) => {
      const current = state();
      const healthy = current.mode === "http" || current.socketConnected === true;
      response.writeHead(healthy ? 200 : 503, { "content-type": "application/json" });
      response.end(
        JSON.stringify({
          status: healthy ? "ok" : "disconnected",
          mode: current.mode,
          uptimeSeconds: Math.round((clock().getTime() - current.startedAt.getTime()) / 1000),
          ...(current.connections ? { connections: current.connections } : {}),
        }),
      );
    },
  };
}
