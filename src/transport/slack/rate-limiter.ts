/** Per-user sliding-window limit on requests, so one user cannot monopolise the assistant. */
import { formatCount } from "../../core/italian-format.js";

export interface RateLimitDecision {
  allowed: boolean;
  /** Seconds until the oldest request in the window expires (0 when allowed). */
  retryAfterSeconds: number;
}

export interface RateLimiter {
  check(user: string): RateLimitDecision;
}

export function createRateLimiter(options: { perMinute: number; clock?: () => Date; windowMs?: number }): RateLimiter {
  const clock = options.clock ?? (() => new Date());
  const windowMs = options.windowMs ?? 60_000;
  const recent = new Map<string, number[]>();
  return {
    check(user) {
      const now = clock().getTime();
      const times = (recent.get(user) ?? []).filter((time) => now - time < windowMs);
      if (times.length >= options.perMinute) {
        recent.set(user, times);
        const oldest = times[0] ?? now;
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((oldest + windowMs - now) / 1000)) };
      }
      times.push(now);
      recent.set(user, times);
      if (recent.size > 10_000) pruneIdle(recent, now, windowMs);
      return { allowed: true, retryAfterSeconds: 0 };
    },
  };
}

function pruneIdle(recent: Map<string, number[]>, now: number, windowMs: number): void {
  for (const [user, times] of recent) {
    if (times.every((time) => now - time >= windowMs)) recent.delete(user);
  }
}

export function rateLimitMessage(perMinute: number, retryAfterSeconds: number): string {
  return `Hai fatto molte richieste in poco tempo (al massimo ${perMinute} al minuto). Riprova tra ${formatCount(retryAfterSeconds, "secondo", "secondi")}, grazie!`;
}
