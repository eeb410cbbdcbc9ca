/**
 * A bounded set of keys seen recently (event ids, channel+ts of messages). Slack retries an event when the
 * ack is late, and a message in a thread can arrive both as `app_mention` and as `message`: each must be
 * answered once.
 */

export interface SeenKeys {
  /** True the first time `key` is seen within the time-to-live; false after. */
  firstTime(key: string): boolean;
}

export function createSeenKeys(options: { ttlMs?: number; maxKeys?: number; clock?: () => Date } = {}): SeenKeys {
  const ttlMs = options.ttlMs ?? 60 * 60_000;
  const maxKeys = options.maxKeys ?? 5_000;
  const clock = options.clock ?? (() => new Date());
  const seen = new Map<string, number>();
  return {
    firstTime(key) {
      const now = clock().getTime();
      const at = seen.get(key);
      if (at !== undefined && now - at < ttlMs) return false;
      seen.delete(key);
      seen.set(key, now);
      // Maps iterate in insertion order: the first keys are the oldest.
      while (seen.size > maxKeys) {
        const oldest = seen.keys().next().value;
        if (oldest === undefined) break;
        seen.delete(oldest);
      }
      return true;
    },
  };
}
