/** The regional programme (PRT) in force on the evaluation day, with its dates, from the rules file. */
import { daysBetween } from "../core/italian-format.js";
import type { ProgrammeInForce } from "./report-types.js";
import type { ReadinessRules } from "./rules-schema.js";

/** The latest programme whose period contains `today` (YYYY-MM-DD); null when the rules list none for that day. */
export function programmeInForce(rules: ReadinessRules, today: string): ProgrammeInForce | null {
  const current = rules.programmes
    .filter((programme) => programme.from <= today && today <= programme.to)
    .sort((left, right) => right.from.localeCompare(left.from))[0];
  if (!current) return null;
  return {
    id: current.id,
    name: current.name,
    act: current.act,
    source: current.source,
    from: current.from,
    to: current.to,
    daysToEnd: daysBetween(today, current.to),
    confidence: current.confidence,
    dates: current.dates.map((item) => ({
      label: item.label,
      from: item.from,
      to: item.to,
      daysToEnd: daysBetween(today, item.to),
    })),
  };
}
