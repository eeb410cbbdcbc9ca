/** `kind` and `unione` of a file come from the folder it sits in under the knowledge directory (docs/architecture.md). */
import type { SourceKind } from "../core/types.js";

/** The scope of a file lying directly in unioni/: no Unione id can take this form. */
export const noUnione = "(nessuna Unione)";

export function classifySource(relativePath: string): { kind: SourceKind; unione: string | null } {
  const parts = relativePath.split(/[\\/]/);
  const [top, second] = parts;
  if (top === "law") return { kind: "law", unione: null };
  if (top === "templates") return { kind: "template", unione: null };
  if (top === "unioni" && second && parts.length > 2) return { kind: "record", unione: second };
  // In unioni/ but in no Unione's folder: nobody's records, so visible to no channel (admins only), never shared.
  if (top === "unioni") return { kind: "record", unione: noUnione };
  return { kind: "document", unione: null };
}
