/**
 * The bot's own user and bot ids, learnt from auth.test without ever blocking a request: Bolt would otherwise
 * call auth.test on every request and, when it fails (no network, a fake API without it), silently drop the
 * handler while Slack still gets 200. Until the ids are known, own messages are still recognised by bot_id.
 */
import type { Logger } from "../../core/logger.js";

export interface BotIds {
  botId: string | null;
  botUserId: string | null;
}

export interface BotIdentity {
  current(): BotIds;
  /** Calls auth.test once, bounded by `timeoutMs`; never throws. */
  refresh(): Promise<BotIds>;
  /** Starts a background refresh when the ids are unknown and the last attempt is old enough. */
  refreshSoon(): void;
}

export type AuthTest = () => Promise<{ ok?: boolean; user_id?: string; bot_id?: string }>;

export function createBotIdentity(options: {
  authTest: AuthTest;
  logger: Logger;
  timeoutMs?: number;
  retryAfterMs?: number;
  clock?: () => Date;
}): BotIdentity {
  const timeoutMs = options.timeoutMs ?? 3_000;
  const retryAfterMs = options.retryAfterMs ?? 60_000;
  const clock = options.clock ?? (() => new Date());
  let ids: BotIds = { botId: null, botUserId: null };
  let lastAttempt = -Infinity;
  let pending: Promise<BotIds> | null = null;

  async function attempt(): Promise<BotIds> {
    lastAttempt = clock().getTime();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`auth.test oltre ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      const result = await Promise.race([options.authTest(), timeout]);
      if (result.ok && result.user_id) {
        ids = { botId: result.bot_id ?? null, botUserId: result.user_id };
        options.logger.info({ botUserId: ids.botUserId }, "identità del bot ottenuta da auth.test");
      }
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      options.logger.warn(
        { reason },
        "auth.test non riuscito: continuo senza l'id del bot (riconosco i miei messaggi da bot_id)",
      );
    } finally {
      clearTimeout(timer);
    }
    return ids;
  }

  const identity: BotIdentity = {
    current: () => ids,
    refresh() {
      pending ??= attempt().finally(() => {
        pending = null;
      });
      return pending;
    },
    refreshSoon() {
      if (ids.botUserId || pending || clock().getTime() - lastAttempt < retryAfterMs) return;
      void identity.refresh();
    },
  };
  return identity;
}
