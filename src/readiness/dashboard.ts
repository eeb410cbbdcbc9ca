/** The App Home data: every Unione the user may see, bound Unione first; the Slack engineer renders it. */
import type { AccessScope } from "../core/types.js";
import type { Gap, StatusReport } from "./report-types.js";
import type { StatusService } from "./status-service.js";

export const dashboardTopGaps = 3;

export interface DashboardEntry {
  unione: { id: string; name: string; example: boolean };
  bound: boolean;
  ready: boolean;
  counted: number;
  required: number;
  /** The deadline when it is today or ahead, else null (see `deadline` and `daysToDeadline`). */
  nextDeadline: string | null;
  deadline: string | null;
  daysToDeadline: number | null;
  as_of: string;
  topGaps: Gap[];
  gapCount: number;
}

function entryOf(report: StatusReport, bound: boolean): DashboardEntry {
  const days = report.daysToDeadline ?? null;
  return {
    unione: { id: report.unione.id, name: report.unione.name, example: report.unione.example === true },
    bound,
    ready: report.ready,
    counted: report.counted,
    required: report.required,
    nextDeadline: report.deadline !== null && days !== null && days >= 0 ? report.deadline : null,
    deadline: report.deadline,
    daysToDeadline: days,
    as_of: report.as_of,
    topGaps: report.gaps.slice(0, dashboardTopGaps),
    gapCount: report.gaps.length,
  };
}

export function dashboardFor(
  status: StatusService,
  scope: AccessScope,
  boundFirst: string | null,
  today?: Date,
): DashboardEntry[] {
  const entries = status.summary(scope, today).map((report) => entryOf(report, report.unione.id === boundFirst));
  return entries.sort(
    (left, right) =>
      Number(right.bound) - Number(left.bound) || left.unione.name.localeCompare(right.unione.name, "it"),
  );
}
