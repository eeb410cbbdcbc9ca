/** One problem found by `unione check`, named by file, line and field, with an Italian message. */
export interface CheckProblem {
  file: string;
  line: number | null;
  field: string | null;
  message: string;
  severity: "error" | "warning";
}

/** The errors of one file of `knowledge/`: `errorIn(file)(line, field, message)`. */
export function errorIn(file: string) {
  return (line: number | null, field: string | null, message: string): CheckProblem => ({
    file,
    line,
    field,
    message,
    severity: "error",
  });
}
