import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createAckGate } from "../../../src/transport/slack/ack-gate.js";
import { createWorkQueue } from "../../../src/transport/slack/work-queue.js";

let server: Server | null = null;

afterEach(async () => {
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  server = null;
});

describe("ack gate and work queue", () => {
  it("holds queued work while a request on the watched path awaits its response, then releases it", async () => {
    const gate = createAckGate({ maxWaitMs: 2_000, quietMs: 1 });
    let answer: (() => void) | null = null;
    server = createServer((_request, response) => {
      answer = () => response.end("ok");
    });
    gate.watch(server, "/slack/events");
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    const reply = fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`, {
      method: "POST",
      body: "x",
    });
    while (gate.pending() === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    let started = false;
    const queue = createWorkQueue(1, { beforeEach: () => gate.idle() });
    const work = queue.run(async () => (started = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(started).toBe(false);
    answer!();
    await work;
    await reply;
    expect(started).toBe(true);
    expect(gate.pending()).toBe(0);
  });

  it("never waits longer than maxWaitMs", async () => {
    const gate = createAckGate({ maxWaitMs: 30, quietMs: 1 });
    server = createServer(() => undefined);
    gate.watch(server, "/");
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    const controller = new AbortController();
    void fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`, { signal: controller.signal }).catch(
      () => undefined,
    );
    while (gate.pending() === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    // The request never ends: idle() resolving at all means it stopped waiting after maxWaitMs.
    await expect(gate.idle()).resolves.toBeUndefined();
    controller.abort();
  });

  it("runs at most N tasks at once, in order", async () => {
    const queue = createWorkQueue(2);
    let running = 0;
    let peak = 0;
    const order: number[] = [];
    await Promise.all(
      [1, 2, 3, 4, 5].map((index) =>
        queue.run(async () => {
          running += 1;
          peak = Math.max(peak, running);
          await new Promise((resolve) => setTimeout(resolve, 10));
          order.push(index);
          running -= 1;
        }),
      ),
    );
    expect(peak).toBe(2);
    expect(order).toEqual([1, 2, 3, 4, 5]);
    expect(queue.size()).toBe(0);
  });

  it("a failing task releases its slot", async () => {
    const queue = createWorkQueue(1);
    await expect(queue.run(async () => Promise.reject(new Error("no")))).rejects.toThrow("no");
    await expect(queue.run(async () => "yes")).resolves.toBe("yes");
  });
});
