/** `kind` and `unione` of a file come from the folder it sits in under the knowledge directory (docs/architecture.md). */
import type { SourceKind } from "../core/types.js";

export function classifySource(relativePath: string): { kind: SourceKind; unione: string | null } {
  const parts = relativePath.split(/[\\/]/);
  const [top, second] = parts;
  if (top === "law") return { kind: "law", unione: null };
  if (top === "templates") return { kind: "template", unione: null };
  if (top === "unioni" && second && parts.length > 2) return { kind: "record", unione: second };
  return { kind: "document", unione: null };
}
