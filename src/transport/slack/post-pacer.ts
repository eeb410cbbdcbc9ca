/**
 * Paces posts to about one message per second per channel (Slack's chat.postMessage guidance), with a
 * small queue per channel. Different channels do not wait for each other.
 */

export interface PostPacer {
  /** Runs `post` when the channel's previous post is at least `intervalMs` old; resolves with its result. */
  schedule<T>(channel: string, post: () => Promise<T>): Promise<T>;
}

export function createPostPacer(
  options: { intervalMs?: number; clock?: () => Date; sleep?: (ms: number) => Promise<void> } = {},
): PostPacer {
  const intervalMs = options.intervalMs ?? 1_000;
  const clock = options.clock ?? (() => new Date());
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const tails = new Map<string, Promise<unknown>>();
  const lastPostAt = new Map<string, number>();

  return {
    schedule(channel, post) {
      const previous = tails.get(channel) ?? Promise.resolve();
      const run = previous
        .catch(() => undefined)
        .then(async () => {
          const wait = (lastPostAt.get(channel) ?? -Infinity) + intervalMs - clock().getTime();
          if (wait > 0) await sleep(wait);
          lastPostAt.set(channel, clock().getTime());
          return post();
        });
      tails.set(channel, run);
      void run
        .finally(() => {
          if (tails.get(channel) === run) tails.delete(channel);
        })
        .catch(() => undefined);
      return run;
    },
  };
}
