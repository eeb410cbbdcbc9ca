/** `unione check`, `unione export` and `unione schema`, composed from the layers that own each part. */

import type { KnowledgeMaintenance } from "../commands/router-deps.js";
import type { Logger } from "../core/logger.js";
import { checkTemplates } from "../drafting/check-templates.js";
import type { CheckProblem } from "../knowledge/check-problem.js";
import { writeRecordJsonSchema } from "../knowledge/record-json-schema.js";
import type { KnowledgeCheck } from "../knowledge-check/knowledge-snapshot.js";
import { runKnowledgeChecks } from "../knowledge-check/run-checks.js";
import { checkRecordRules } from "../readiness/record-rules-check.js";
import { checkReadinessRules } from "../readiness/rules.js";
import { exportAllRecords } from "../records/record-export.js";
import type { RecordsService } from "../records/records-service.js";

const templates: KnowledgeCheck = function checkTemplatesFolder(snapshot) {
  return checkTemplates(snapshot.knowledgeDir);
};
const rulesFile: KnowledgeCheck = function checkRulesFile(snapshot) {
  return checkReadinessRules(snapshot.knowledgeDir);
};

/** Everything `unione check` reports: the knowledge files, the templates, the rules file and the legal tests. */
export function runUnioneCheck(knowledgeDir: string, today: Date, onCrash?: (error: unknown) => void): CheckProblem[] {
  return runKnowledgeChecks(knowledgeDir, [checkRecordRules, templates, rulesFile], { today, onCrash });
}

export function createKnowledgeMaintenance(options: {
  knowledgeDir: string;
  records: () => RecordsService;
  clock: () => Date;
  logger: Logger;
}): KnowledgeMaintenance {
  const onCrash = (error: unknown) => options.logger.error({ err: error }, "controllo della conoscenza interrotto");
  return {
    check: async () => runUnioneCheck(options.knowledgeDir, options.clock(), onCrash),
    exportRecords: async () => exportAllRecords(options.records(), options.knowledgeDir),
    writeSchema: async () => writeRecordJsonSchema(options.knowledgeDir),
  };
}
