/** Builds problems that name file, line and field the same way in every check. */
import type { CheckProblem } from "../knowledge/check-problem.js";
import { fieldName } from "../knowledge/field-path.js";
import type { RecordFile } from "../knowledge/load-records.js";

export function recordProblem(
  file: RecordFile,
  fieldPath: ReadonlyArray<string | number>,
  message: string,
  severity: CheckProblem["severity"] = "error",
): CheckProblem {
  return { file: file.file, line: file.lineOf(fieldPath), field: fieldName(fieldPath), message, severity };
}

/** Records that passed the schema, with their file: the other checks only judge valid records. */
export function validRecords(
  files: RecordFile[],
): Array<{ file: RecordFile; record: NonNullable<RecordFile["record"]> }> {
  return files.flatMap((file) => (file.record ? [{ file, record: file.record }] : []));
}
