/** Answers kept for 👍/👎, the votes themselves, and the App Home dashboard of the Unioni a user may see. */
import type { AskResult, RequestContext } from "../core/types.js";
import { type DashboardEntry, dashboardFor } from "../readiness/dashboard.js";
import type { Vote } from "../records/feedback-store.js";
import type { RouterDeps } from "./router-deps.js";

/** The stored answer's id, or null when storing failed: the answer still goes out, without the buttons. */
export function recordAnswer(
  deps: RouterDeps,
  question: string,
  result: AskResult,
  context: RequestContext,
): string | null {
  try {
    return deps.feedback.recordAnswer({
      question,
      result,
      user: context.user,
      channel: context.channel,
      transport: context.transport,
    });
  } catch (error) {
    deps.logger.warn({ requestId: context.requestId, err: error }, "risposta non registrata per i riscontri");
    return null;
  }
}

export function recordVote(
  deps: RouterDeps,
  input: { answerId: string; user: string; vote: Vote },
): { up: number; down: number } | null {
  if (!deps.feedback.recordFeedback(input)) return null;
  return deps.feedback.votesFor(input.answerId);
}

export function homeEntries(
  deps: RouterDeps,
  input: { isAdmin: boolean; channels: ReadonlySet<string>; today: Date },
): DashboardEntry[] {
  const mine = [
    ...new Set(
      deps.bindings
        .list()
        .filter((binding) => input.channels.has(binding.channel))
        .map((binding) => binding.unione),
    ),
  ];
  const entries = input.isAdmin
    ? dashboardFor(deps.status, { kind: "all" }, mine[0] ?? null, input.today)
    : mine.flatMap((unione) => dashboardFor(deps.status, { kind: "unione", unione }, unione, input.today));
  const own = entries.filter((entry) => mine.includes(entry.unione.id)).map((entry) => ({ ...entry, bound: true }));
  const others = entries
    .filter((entry) => !mine.includes(entry.unione.id))
    .map((entry) => ({ ...entry, bound: false }));
  return [...own, ...others];
}
