/**
 * Threads the bot has answered in, so that later messages there are follow-ups without a new mention.
 * Kept in memory (bounded, oldest forgotten first): after a restart a thread needs one new mention.
 */

export interface ThreadMemory {
  remember(channel: string, threadTs: string): void;
  isKnown(channel: string, threadTs: string): boolean;
}

export function createThreadMemory(
  options: { maxThreads?: number; ttlMs?: number; clock?: () => Date } = {},
): ThreadMemory {
  const maxThreads = options.maxThreads ?? 5_000;
  const ttlMs = options.ttlMs ?? 7 * 24 * 60 * 60_000;
  const clock = options.clock ?? (() => new Date());
  const threads = new Map<string, number>();
  const keyOf = (channel: string, threadTs: string) => `${channel}:${threadTs}`;
  return {
    remember(channel, threadTs) {
      const key = keyOf(channel, threadTs);
      threads.delete(key);
      threads.set(key, clock().getTime());
      while (threads.size > maxThreads) {
        const oldest = threads.keys().next().value;
        if (oldest === undefined) break;
        threads.delete(oldest);
      }
    },
    isKnown(channel, threadTs) {
      const at = threads.get(keyOf(channel, threadTs));
      return at !== undefined && clock().getTime() - at < ttlMs;
    },
  };
}
