/**
 * The perimeter of each function as described in the catalogue (knowledge/rules/functions.yaml, `description`).
 * The FunctionCatalog port carries no description, so drafting reads it here; a missing file means no perimeter.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";

export function loadFunctionDescriptions(knowledgeDir: string): Map<string, string> {
  const descriptions = new Map<string, string>();
  const file = join(knowledgeDir, "rules", "functions.yaml");
  if (!existsSync(file)) return descriptions;
  try {
    const data = parse(readFileSync(file, "utf8")) as { functions?: unknown };
    for (const entry of Array.isArray(data?.functions) ? data.functions : []) {
      const item = entry as { code?: unknown; description?: unknown };
      if (typeof item.code === "string" && typeof item.description === "string" && item.description.trim()) {
        descriptions.set(item.code, item.description.trim());
      }
    }
  } catch {
    // A broken catalogue is reported by `unione check`; the draft then marks the perimeter as missing.
  }
  return descriptions;
}
