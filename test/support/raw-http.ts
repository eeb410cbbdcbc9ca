/**
 * Raw HTTP over a loopback socket, for requests fetch cannot make: a body that never finishes, headers sent
 * halfway, a body larger than it is worth buffering. Everything waits on socket events, never on a clock.
 */
import { connect, type Socket } from "node:net";

export interface RawOutcome {
  /** Everything the server sent back (status line first), possibly empty. */
  response: string;
  /** Body bytes written before the server answered or closed the connection. */
  bodySent: number;
  /** True once the server closed the connection. */
  closed: boolean;
}

export function statusOf(response: string): number | null {
  const match = /^HTTP\/1\.1 (\d{3})/.exec(response);
  return match ? Number(match[1]) : null;
}

export function openSocket(port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect({ port, host: "127.0.0.1" }, () => resolve(socket));
    socket.once("error", reject);
  });
}

function collect(socket: Socket): { text: () => string; ended: Promise<void>; isClosed: () => boolean } {
  let text = "";
  let closed = false;
  socket.on("data", (chunk: Buffer) => {
    text += chunk.toString("latin1");
  });
  // A server that closes while we are still writing makes the write fail: that is an answer too.
  socket.on("error", () => undefined);
  const ended = new Promise<void>((resolve) =>
    socket.once("close", () => {
      closed = true;
      resolve();
    }),
  );
  return { text: () => text, ended, isClosed: () => closed };
}

function write(socket: Socket, data: Buffer | string): Promise<void> {
  return new Promise((resolve) => {
    if (socket.destroyed) return resolve();
    socket.write(data, () => resolve());
  });
}

/**
 * Sends `head`, then `chunk` up to `maxChunks` times, each after the previous one was handed to the kernel,
 * stopping as soon as the server answered or closed. Resolves once the connection is closed.
 */
export async function sendUntilAnswered(
  port: number,
  head: string,
  chunk: Buffer,
  maxChunks: number,
  encode: (chunk: Buffer) => Buffer = (piece) => piece,
): Promise<RawOutcome> {
  const socket = await openSocket(port);
  const received = collect(socket);
  await write(socket, head);
  let bodySent = 0;
  for (let index = 0; index < maxChunks; index += 1) {
    if (received.text() !== "" || received.isClosed() || socket.destroyed) break;
    await write(socket, encode(chunk));
    bodySent += chunk.length;
    // Let the server's answer, if any, reach us before the next chunk.
    await new Promise((resolve) => setImmediate(resolve));
  }
  if (!received.isClosed()) {
    // The answer may still be in flight; a server that keeps the connection open after answering is closed here.
    if (received.text() === "") await Promise.race([received.ended, dataArrives(socket)]);
    socket.destroy();
  }
  await received.ended;
  return { response: received.text(), bodySent, closed: true };
}

function dataArrives(socket: Socket): Promise<void> {
  return new Promise((resolve) => socket.once("data", () => resolve()));
}

/** Sends `data` and then nothing more; resolves with what the server sent once it closed the connection. */
export async function sendAndStall(port: number, data: string): Promise<RawOutcome> {
  const socket = await openSocket(port);
  const received = collect(socket);
  await write(socket, data);
  await received.ended;
  return { response: received.text(), bodySent: 0, closed: true };
}

/** HTTP/1.1 request head for POST /slack/events. */
export function requestHead(headers: Record<string, string>): string {
  const lines = [
    "POST /slack/events HTTP/1.1",
    "Host: 127.0.0.1",
    ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
  ];
  return `${lines.join("\r\n")}\r\n\r\n`;
}

/** One chunk of a `transfer-encoding: chunked` body. */
export function chunked(piece: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`${piece.length.toString(16)}\r\n`), piece, Buffer.from("\r\n")]);
}
