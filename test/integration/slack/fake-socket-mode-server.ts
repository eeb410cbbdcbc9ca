/**
 * A minimal WebSocket server on 127.0.0.1 playing Slack's Socket Mode endpoint (RFC 6455 handshake and text
 * frames, no extensions): sends `hello`, pushes envelopes, records the client's acks. Node has no WebSocket
 * server built in and the project adds no packages, hence this small one.
 */
import { createHash } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Duplex } from "node:stream";

export interface FakeSocketModeServer {
  url: string;
  /** Messages the client sent (acks), parsed. */
  received: Record<string, unknown>[];
  connected(): boolean;
  send(message: Record<string, unknown>): void;
  close(): Promise<void>;
}

function frame(opcode: number, payload: Buffer): Buffer {
  const length = payload.length;
  const header =
    length < 126 ? Buffer.from([0x80 | opcode, length]) : Buffer.from([0x80 | opcode, 126, length >> 8, length & 0xff]);
  return Buffer.concat([header, payload]);
}

/** Decodes the masked client frames in `buffer`; returns the rest that is not yet a whole frame. */
function readFrames(buffer: Buffer, onFrame: (opcode: number, payload: Buffer) => void): Buffer {
  let rest = buffer;
  while (rest.length >= 2) {
    const opcode = rest[0]! & 0x0f;
    let length = rest[1]! & 0x7f;
    let offset = 2;
    if (length === 126) {
      if (rest.length < 4) break;
      length = rest.readUInt16BE(2);
      offset = 4;
    } else if (length === 127) {
      if (rest.length < 10) break;
      length = Number(rest.readBigUInt64BE(2));
      offset = 10;
    }
    if (rest.length < offset + 4 + length) break;
    const mask = rest.subarray(offset, offset + 4);
    const payload = Buffer.from(rest.subarray(offset + 4, offset + 4 + length));
    for (let index = 0; index < payload.length; index += 1) payload[index] = payload[index]! ^ mask[index % 4]!;
    onFrame(opcode, payload);
    rest = rest.subarray(offset + 4 + length);
  }
  return rest;
}

export async function startFakeSocketModeServer(): Promise<FakeSocketModeServer> {
  const received: Record<string, unknown>[] = [];
  let socket: Duplex | null = null;
  const server: Server = createServer((_request, response) => response.writeHead(426).end());
  server.on("upgrade", (request, upgraded) => {
    const accept = createHash("sha1")
      .update(`${String(request.headers["sec-websocket-key"])}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`)
      .digest("base64");
    upgraded.write(
      `HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`,
    );
    socket = upgraded;
    let pending: Buffer = Buffer.alloc(0);
    upgraded.on("data", (chunk: Buffer) => {
      pending = readFrames(Buffer.concat([pending, chunk]), (opcode, payload) => {
        if (opcode === 0x1) received.push(JSON.parse(payload.toString("utf8")) as Record<string, unknown>);
        if (opcode === 0x9) upgraded.write(frame(0xa, payload));
        if (opcode === 0x8) upgraded.end(frame(0x8, Buffer.alloc(0)));
      });
    });
    upgraded.on("error", () => undefined);
    upgraded.write(
      frame(
        0x1,
        Buffer.from(
          JSON.stringify({ type: "hello", num_connections: 1, connection_info: { app_id: "A1" }, debug_info: {} }),
        ),
      ),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}/link`,
    received,
    connected: () => socket !== null,
    send(message) {
      socket?.write(frame(0x1, Buffer.from(JSON.stringify(message))));
    },
    close: () =>
      new Promise<void>((resolve) => {
        socket?.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
