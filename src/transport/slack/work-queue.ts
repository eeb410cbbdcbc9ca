/**
 * Runs at most `concurrency` commands at once, started strictly in arrival order; the rest wait their turn.
 * Acks never wait here: they are sent before a command is queued. Before each start the queue yields to pending
 * I/O (and to `beforeEach`, the ack gate), so a burst of commands cannot delay the acks of requests arriving
 * meanwhile.
 */

export interface WorkQueue {
  run<T>(task: () => Promise<T>): Promise<T>;
  /** Commands running or waiting. */
  size(): number;
}

interface Job {
  start(): void;
}

export function createWorkQueue(concurrency: number, options: { beforeEach?: () => Promise<void> } = {}): WorkQueue {
  const limit = Math.max(1, Math.floor(concurrency));
  const waiting: Job[] = [];
  let running = 0;
  let pumping = false;

  async function pump(): Promise<void> {
    if (pumping) return;
    pumping = true;
    try {
      while (running < limit && waiting.length > 0) {
        await new Promise((resolve) => setImmediate(resolve));
        await options.beforeEach?.();
        const job = waiting.shift();
        if (!job) break;
        running += 1;
        job.start();
      }
    } finally {
      pumping = false;
    }
  }

  return {
    run<T>(task: () => Promise<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        waiting.push({
          start() {
            Promise.resolve()
              .then(task)
              .then(resolve, reject)
              .finally(() => {
                running -= 1;
                void pump();
              });
          },
        });
        void pump();
      });
    },
    size: () => running + waiting.length,
  };
}
