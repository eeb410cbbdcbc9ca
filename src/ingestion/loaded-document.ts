/** What a loader returns: the text units of one file (one per PDF page) and the metadata it found. */
export interface TextUnit {
  text: string;
  /** 1-based PDF page, null for other formats. */
  page: number | null;
  /** True when the text was read from the page's image by OCR (a scan), not from its text layer. */
  ocr?: boolean;
}

export interface LoadedDocument {
  /** Front matter `short`/`title` or the first heading; null lets the caller fall back to the file name. */
  title: string | null;
  format: "pdf" | "markdown" | "text" | "docx";
  units: TextUnit[];
}

/** A file that cannot be read; `reason` is an Italian phrase shown to the user. */
export class UnreadableFileError extends Error {
  constructor(
    readonly reason: string,
    options: { cause?: unknown } = {},
  ) {
    super(reason, options);
    this.name = "UnreadableFileError";
  }
}
