/**
 * Writes the live records back to knowledge/unioni/<id>/record.yaml so the knowledge folder can stay in git.
 * Key order follows the zod schema, unknowns stay explicit `null`. Comments of the original file are not kept:
 * the file starts with the schema line and a note saying it was exported.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { stringify } from "yaml";
import { type UnioneRecord, unioneRecordSchema } from "../knowledge/record-schema.js";
import type { RecordsService } from "./records-service.js";

export const schemaCommentLine = "# yaml-language-server: $schema=../record.schema.json";

export function exportRecordYaml(record: UnioneRecord): string {
  // Re-parsing puts the keys in schema order whatever order the stored JSON had.
  const ordered = unioneRecordSchema.parse(record);
  const body = stringify(ordered, { lineWidth: 0, nullStr: "null" });
  const note = `# Scheda "${record.name}": esportata dai dati dal vivo (unione export). Ciò che non è noto resta null.`;
  return `${schemaCommentLine}\n${note}\n${body}`;
}

/** Writes one file per record; returns the paths written. */
export function exportAllRecords(store: RecordsService, knowledgeDir: string): string[] {
  return store.list().map((record) => {
    const folder = join(knowledgeDir, "unioni", record.id);
    mkdirSync(folder, { recursive: true });
    const path = join(folder, "record.yaml");
    writeFileSync(path, exportRecordYaml(record), "utf8");
    return path;
  });
}
