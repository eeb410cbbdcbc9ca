/**
 * Caps how many model calls run at once: a small server or a local Ollama falls over under a burst of
 * Slack questions, so extra calls wait in FIFO order instead of piling onto the provider.
 */
export interface ConcurrencyLimiter {
  run<T>(task: () => Promise<T>): Promise<T>;
}

export function createConcurrencyLimiter(maxConcurrency: number): ConcurrencyLimiter {
  const limit = Math.max(1, Math.floor(maxConcurrency));
  let active = 0;
  const waiting: Array<() => void> = [];

  function release(): void {
    active--;
    const next = waiting.shift();
    if (next) next();
  }

  return {
    async run<T>(task: () => Promise<T>): Promise<T> {
      if (active >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
      active++;
      try {
        return await task();
      } finally {
        release();
      }
    },
  };
}
