/** The Italian line ingest prints for each file (the CLI prints the summary from IngestSummary). */
import { formatCount } from "../core/italian-format.js";
import type { FileEntry } from "../index-format/index-store.js";

type LineKind =
  | { state: "added" | "changed" | "unchanged" | "reread"; entry: FileEntry }
  | { skipped: string }
  | { removed: true };

/** "riletto": same content, read again because the index was built another way (an earlier version, a rebuild). */
const stateLabel = { added: "nuovo", changed: "modificato", unchanged: "invariato", reread: "riletto" } as const;

export function progressLine(counter: string, path: string, kind: LineKind): string {
  if ("skipped" in kind) return `${counter} ATTENZIONE: ${path} saltato: ${kind.skipped}.`;
  if ("removed" in kind) return `${counter} ${path}: rimosso dall'indice (il file non esiste più).`;
  const { entry, state } = kind;
  const ocr = entry.ocrPages ? ` di cui ${formatCount(entry.ocrPages, "letta", "lette")} con OCR` : "";
  const pages = entry.pages !== null ? `, ${formatCount(entry.pages, "pagina", "pagine")}${ocr}` : "";
  return `${counter} ${path}: ${stateLabel[state]} (${formatCount(entry.chunks, "passaggio", "passaggi")}${pages})`;
}
