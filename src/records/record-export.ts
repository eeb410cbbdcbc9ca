/**
 * Writes the live records back to knowledge/unioni/<id>/record.yaml so the knowledge folder can stay in git.
 * The YAML library serialises everything (never string concatenation: a name with a newline would become new
 * keys). Key order follows the zod schema, unknowns stay explicit `null`. Comments of the original file are not
 * kept: the file starts with the schema line and a note saying it was exported.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { stringify } from "yaml";
import { UnioneError } from "../core/errors.js";
import { parseUnioneRecord, type UnioneRecord } from "../knowledge/record-schema.js";
import type { RecordsService } from "./records-service.js";

export const schemaCommentLine = "# yaml-language-server: $schema=../record.schema.json";
export const exportNoteLine = "# Scheda esportata dai dati dal vivo (unione export). Ciò che non è noto resta null.";

/** The schema-ordered record, or an Italian error naming the Unione and the fields the schema refuses. */
function validForExport(record: UnioneRecord): UnioneRecord {
  const parsed = parseUnioneRecord(record);
  if (parsed.ok) return parsed.record;
  const fields = parsed.issues.map((issue) => `${issue.path || "scheda"}: ${issue.message}`).join("; ");
  throw new UnioneError(
    "INVALID_KNOWLEDGE",
    `La scheda "${record.id}" nel database non rispetta lo schema (${fields}): non ho esportato nulla. Correggila con \`unione update\` e riprova.`,
  );
}

export function exportRecordYaml(record: UnioneRecord): string {
  // Re-parsing puts the keys in schema order whatever order the stored JSON had.
  const body = stringify(validForExport(record), { lineWidth: 0, nullStr: "null" });
  return `${schemaCommentLine}\n${exportNoteLine}\n${body}`;
}

/** Writes one file per record (all or none: every record is checked first); returns the paths written. */
export function exportAllRecords(store: RecordsService, knowledgeDir: string): string[] {
  const files = store.list().map((record) => ({ id: record.id, text: exportRecordYaml(record) }));
  return files.map((file) => {
    const folder = join(knowledgeDir, "unioni", file.id);
    mkdirSync(folder, { recursive: true });
    const path = join(folder, "record.yaml");
    writeFileSync(path, file.text, "utf8");
    return path;
  });
}
