/** `unione check`, `unione export` and `unione schema`, composed from the layers that own each part. */
import type { KnowledgeMaintenance } from "../commands/router-deps.js";
import { checkTemplates } from "../drafting/check-templates.js";
import { writeRecordJsonSchema } from "../knowledge/record-json-schema.js";
import { runKnowledgeChecks } from "../knowledge-check/run-checks.js";
import { checkReadinessRules } from "../readiness/rules.js";
import { exportAllRecords } from "../records/record-export.js";
import type { RecordsService } from "../records/records-service.js";

export function createKnowledgeMaintenance(options: {
  knowledgeDir: string;
  records: () => RecordsService;
  clock: () => Date;
}): KnowledgeMaintenance {
  return {
    check: () =>
      runKnowledgeChecks(options.knowledgeDir, [checkTemplates, checkReadinessRules], { today: options.clock() }),
    exportRecords: () => exportAllRecords(options.records(), options.knowledgeDir),
    writeSchema: () => writeRecordJsonSchema(options.knowledgeDir),
  };
}
