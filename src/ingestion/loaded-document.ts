/** What a loader returns: the text units of one file (one per PDF page) and the metadata it found. */
import type { ActSectionName } from "../core/types.js";

export interface TextUnit {
  text: string;
  /** 1-based PDF page, null for other formats. */
  page: number | null;
  /** The page had no text layer and was read by OCR. */
  ocr?: boolean;
  /** Set by ingestion on the parts of an act's page that lie in its OGGETTO, premesse or dispositivo. */
  section?: ActSectionName;
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
