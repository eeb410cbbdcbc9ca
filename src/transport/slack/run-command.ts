/**
 * The one path every Slack request takes: rate limit, context, router, answer record, one start and one
 * finish log line. Never throws: failures become an Italian message result.
 */
import type { CommandResult } from "../../commands/command-result.js";
import type { CommandRouter } from "../../commands/command-router.js";
import { parseCommand } from "../../commands/parse-command.js";
import { userMessageOf } from "../../core/errors.js";
import type { Logger } from "../../core/logger.js";
import type { RequestContext } from "../../core/types.js";
import { type RateLimiter, rateLimitMessage } from "./rate-limiter.js";
import { buildRequestContext, type ContextInput } from "./request-context.js";

export interface CommandDeps {
  router: CommandRouter;
  limiter: RateLimiter;
  logger: Logger;
  adminUsers: string[];
  rateLimitPerMinute: number;
  clock: () => Date;
}

export interface CommandRun {
  result: CommandResult;
  context: RequestContext;
  /** Id of the stored answer, for the feedback buttons. */
  answerId: string | null;
  /** True when the per-user limit refused the request: the reply is for the asker only. */
  rateLimited: boolean;
}

/** Commands that cost retrieval or model time count against the per-user limit; help and status do not. */
const limitedCommands = new Set(["ask", "draft"]);

export async function runCommand(
  deps: CommandDeps,
  input: ContextInput & { text: string; kind: "slash" | "mention" | "thread" | "dm" | "action" },
): Promise<CommandRun> {
  const context = buildRequestContext(input, {
    adminUsers: deps.adminUsers,
    boundUnione: (channel) => deps.router.boundUnione(channel),
  });
  const command = parseCommand(input.text).name;
  const started = deps.clock().getTime();
  const logFields = {
    requestId: context.requestId,
    kind: input.kind,
    channel: input.channel,
    user: input.user,
    command,
  };
  deps.logger.info(logFields, "richiesta Slack ricevuta");
  let result: CommandResult;
  let answerId: string | null = null;
  let outcome: string;
  try {
    const decision = limitedCommands.has(command)
      ? deps.limiter.check(input.user)
      : { allowed: true, retryAfterSeconds: 0 };
    if (!decision.allowed) {
      result = {
        type: "message",
        level: "warning",
        text: rateLimitMessage(deps.rateLimitPerMinute, decision.retryAfterSeconds),
      };
      outcome = "rate_limited";
    } else {
      result = await deps.router.handle(input.text, context);
      answerId = result.type === "answer" ? (result.answerId ?? null) : null;
      outcome = result.type === "message" ? `message:${result.level}` : result.type;
    }
  } catch (error) {
    deps.logger.error({ ...logFields, err: error }, "richiesta Slack fallita");
    result = { type: "message", level: "error", text: userMessageOf(error) };
    outcome = "error";
  }
  const latencyMs = deps.clock().getTime() - started;
  const found = result.type === "answer" ? { found: result.result.found, sources: result.result.sources.length } : {};
  deps.logger.info({ ...logFields, outcome, latencyMs, ...found }, "richiesta Slack completata");
  return { result, context, answerId, rateLimited: outcome === "rate_limited" };
}
