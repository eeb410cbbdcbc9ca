/** The `unione status --json` contract: listed keys exact, a few documented extras after them. */
import type { StatusReport } from "./report-types.js";

export interface StatusJson {
  unione: { id: string; name: string };
  ready: boolean;
  functions: { id: string; name: string; counts: boolean; reasons: string[] }[];
  counted: number;
  required: number;
  deliverables: { id: string; name: string; status: string }[];
  /** `action` is an extra: the next step in Italian. */
  gaps: { rule: string; source: string; message: string; action?: string }[];
  deadline: string | null;
  as_of: string;
  /** Extras: the fictional example flag, days to the deadline (negative when past), art. 7 c.3, category. */
  example: boolean;
  days_to_deadline: number | null;
  art7: StatusReport["art7"] | null;
  category: StatusReport["category"] | null;
  evaluated_on: string | null;
  /** Extras: the work plan per function, and the PRT in force on the evaluation day with its dates. */
  work_plan: NonNullable<StatusReport["plan"]>;
  programme_in_force: StatusReport["programmeInForce"] | null;
  /** Extras: the acts the documents' approval and the Unione's own facts (Giunta, duration) rest on. */
  deliverable_acts: Record<string, string>;
  unione_facts: NonNullable<StatusReport["unioneFacts"]>;
}

export function toStatusJson(report: StatusReport): StatusJson {
  return {
    unione: { id: report.unione.id, name: report.unione.name },
    ready: report.ready,
    functions: report.functions.map((item) => ({
      id: item.id,
      name: item.name,
      counts: item.counts,
      reasons: [...item.reasons],
    })),
    counted: report.counted,
    required: report.required,
    deliverables: report.deliverables.map((item) => ({ id: item.id, name: item.name, status: item.status })),
    gaps: report.gaps.map((gap) => ({
      rule: gap.rule,
      source: gap.source,
      message: gap.message,
      ...(gap.action ? { action: gap.action } : {}),
    })),
    deadline: report.deadline,
    as_of: report.as_of,
    example: report.unione.example === true,
    days_to_deadline: report.daysToDeadline ?? null,
    art7: report.art7 ?? null,
    category: report.category ?? null,
    evaluated_on: report.evaluatedOn ?? null,
    work_plan: report.plan ?? [],
    programme_in_force: report.programmeInForce ?? null,
    deliverable_acts: Object.fromEntries(
      report.deliverables.flatMap((item) => (item.act ? [[item.id, item.act]] : [])),
    ),
    unione_facts: report.unioneFacts ?? [],
  };
}
