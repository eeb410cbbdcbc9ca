/** Readiness of one Unione, or of every Unione a scope may see, evaluated by evaluate-readiness.ts. */
import { scopeAllows } from "../core/access.js";
import { UnioneError } from "../core/errors.js";
import type { AccessScope } from "../core/types.js";
import type { FunctionCatalog } from "../knowledge/function-catalog.js";
import type { RecordsService } from "../records/records-service.js";
import { evaluateReadiness } from "./evaluate-readiness.js";
import type { StatusReport } from "./report-types.js";
import type { ReadinessRules } from "./rules-schema.js";

/** Readiness of one Unione, or of every Unione a scope may see. */
export interface StatusService {
  status(unioneId: string, today?: Date): StatusReport;
  summary(scope: AccessScope, today?: Date): StatusReport[];
}

export interface StatusServiceOptions {
  records: RecordsService;
  rules: ReadinessRules;
  catalog: FunctionCatalog;
  clock?: () => Date;
}

export function createStatusService(options: StatusServiceOptions): StatusService {
  const clock = options.clock ?? (() => new Date());
  return {
    status(unioneId, today) {
      // Exact id first; loose names ("Delta") as a convenience for callers that did not resolve.
      const record = options.records.get(unioneId) ?? options.records.resolve(unioneId);
      if (!record) {
        const suggestions = options.records.suggest(unioneId);
        const hint = suggestions.length > 0 ? ` Forse intendevi: ${suggestions.join(", ")}?` : "";
        throw new UnioneError("NOT_FOUND", `Non conosco l'Unione "${unioneId}".${hint}`, {
          detail: `Unione sconosciuta: ${unioneId}`,
        });
      }
      return evaluateReadiness(record, options.rules, options.catalog, today ?? clock());
    },
    summary(scope: AccessScope, today) {
      const now = today ?? clock();
      return options.records
        .list()
        .filter((record) => scopeAllows(scope, record.id))
        .map((record) => evaluateReadiness(record, options.rules, options.catalog, now));
    },
  };
}
