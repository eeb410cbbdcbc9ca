/**
 * Reads a request body up to a byte limit. Past the limit it stops reading at once (the rest is never buffered);
 * a client that goes away mid-body, or is cut by the server's request timeout, ends the read without a body.
 */
import type { IncomingMessage } from "node:http";

export type BoundedBody = { kind: "body"; body: Buffer } | { kind: "too-large"; received: number } | { kind: "gone" };

export function readBoundedBody(request: IncomingMessage, maxBytes: number): Promise<BoundedBody> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let received = 0;
    const finish = (outcome: BoundedBody) => {
      request.off("data", onData);
      request.off("end", onEnd);
      request.off("close", onClose);
      request.off("error", onClose);
      resolve(outcome);
    };
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (received > maxBytes) {
        request.pause();
        chunks.length = 0;
        finish({ kind: "too-large", received });
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => finish({ kind: "body", body: Buffer.concat(chunks) });
    const onClose = () => {
      if (!request.complete) finish({ kind: "gone" });
    };
    request.on("data", onData);
    request.on("end", onEnd);
    request.on("close", onClose);
    request.on("error", onClose);
  });
}
