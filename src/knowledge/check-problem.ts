/** One problem found by `unione check`, named by file, line and field, with an Italian message. */
export interface CheckProblem {
  file: string;
  line: number | null;
  field: string | null;
  message: string;
  severity: "error" | "warning";
}
