/** One line of `npm run bench`: a measurement, never an assertion. */
export interface BenchRow {
  metric: string;
  value: number;
  unit: string;
  chunks: number;
  /** The real-ingest figures also say how many files and pages they ran on. */
  files?: number;
  pages?: number;
  /** Which command a `cli_startup_ms` row timed. */
  command?: string;
}

export type Emit = (row: BenchRow) => void;
