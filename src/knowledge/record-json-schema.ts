/**
 * The JSON Schema that editors use to validate knowledge/unioni/<id>/record.yaml while typing
 * (each record starts with `# yaml-language-server: $schema=../record.schema.json`).
 * It is generated from the zod schema, which stays the single source of truth.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { recordJsonSchema } from "./record-schema.js";

export const recordJsonSchemaFile = path.join("unioni", "record.schema.json");

/** The file content exactly as committed: pretty JSON with a final newline. */
export function recordJsonSchemaText(): string {
  return `${JSON.stringify(recordJsonSchema(), null, 2)}\n`;
}

/** Rewrites knowledge/unioni/record.schema.json from the zod schema; returns the path written. */
export function writeRecordJsonSchema(knowledgeDir: string): string {
  const target = path.join(knowledgeDir, recordJsonSchemaFile);
  writeFileSync(target, recordJsonSchemaText());
  return target;
}
