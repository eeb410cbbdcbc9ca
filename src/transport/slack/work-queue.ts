/**
 * Runs at most `concurrency` commands at once; the rest wait their turn. Acks never wait here: they are sent
 * before a command is queued. Without this bound, a burst of commands fills one event-loop turn with retrieval
 * work and the acks of requests arriving meanwhile are delayed by all of it.
 */

export interface WorkQueue {
  run<T>(task: () => Promise<T>): Promise<T>;
  /** Commands running or waiting. */
  size(): number;
}

export function createWorkQueue(concurrency: number, options: { beforeEach?: () => Promise<void> } = {}): WorkQueue {
  const limit = Math.max(1, Math.floor(concurrency));
  const waiting: (() => void)[] = [];
  let running = 0;

  const release = () => {
    running -= 1;
    const next = waiting.shift();
    if (next) {
      running += 1;
      next();
    }
  };

  return {
    async run(task) {
      if (running >= limit) {
        await new Promise<void>((resolve) => waiting.push(resolve));
      } else {
        running += 1;
      }
      try {
        // A macrotask boundary per command: pending I/O (new requests, their acks) is served between commands.
        await new Promise((resolve) => setImmediate(resolve));
        await options.beforeEach?.();
        return await task();
      } finally {
        release();
      }
    },
    size: () => running + waiting.length,
  };
}
