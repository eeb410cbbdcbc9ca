/**
 * Loads the Unione records (knowledge/unioni/<id>/record.yaml), validated by the zod schema of
 * src/records/schema.ts, keeping the line of each field so problems point into the file.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { type CheckProblem, errorIn } from "./check-problem.js";
import { displayPath } from "./display-path.js";
import { fieldName } from "./field-path.js";
import { parseUnioneRecord, type UnioneRecord } from "./record-schema.js";
import { readYamlFile, type YamlFile } from "./yaml-file.js";

export const unioniFolder = "unioni";
export const recordFileName = "record.yaml";

/** One record file as read from disk: the record when valid, otherwise the problems. */
export interface RecordFile {
  /** Name of the folder under knowledge/unioni. */
  folder: string;
  /** Path shown in problems ("knowledge/unioni/terre-del-delta/record.yaml"). */
  file: string;
  record: UnioneRecord | null;
  /** The raw YAML value, for checks that must look at fields the schema rejected. */
  raw: unknown;
  lineOf: YamlFile["lineOf"];
  problems: CheckProblem[];
}

/** Folders under knowledge/unioni that hold a record.yaml, sorted. */
export function recordFolders(knowledgeDir: string): string[] {
  const base = path.join(knowledgeDir, unioniFolder);
  if (!existsSync(base)) return [];
  return readdirSync(base, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(base, entry.name, recordFileName)))
    .map((entry) => entry.name)
    .sort();
}

export function readRecordFile(knowledgeDir: string, folder: string): RecordFile {
  const relative = path.join(unioniFolder, folder, recordFileName);
  const file = displayPath(knowledgeDir, relative);
  const yaml = readYamlFile(path.join(knowledgeDir, relative));
  const problem = errorIn(file);
  if (yaml.syntaxErrors.length > 0) {
    const problems = yaml.syntaxErrors.map((error) => problem(error.line, null, `YAML non valido: ${error.message}`));
    return { folder, file, record: null, raw: null, lineOf: yaml.lineOf, problems };
  }
  const parsed = parseUnioneRecord(yaml.value ?? {});
  if (parsed.ok) return { folder, file, record: parsed.record, raw: yaml.value, lineOf: yaml.lineOf, problems: [] };
  const problems = parsed.issues.map((issue) => {
    const segments = issue.path ? issue.path.split(".").map((part) => (/^\d+$/.test(part) ? Number(part) : part)) : [];
    return problem(yaml.lineOf(segments), fieldName(segments), issue.message);
  });
  return { folder, file, record: null, raw: yaml.value, lineOf: yaml.lineOf, problems };
}

export function readRecordFiles(knowledgeDir: string): RecordFile[] {
  return recordFolders(knowledgeDir).map((folder) => readRecordFile(knowledgeDir, folder));
}

/**
 * Valid records, sorted by folder, the problems of the invalid ones (file, line, field, Italian message) and
 * the folders of the invalid ones (the folder name is the Unione id, see check-folder-id.ts).
 */
export function loadUnioneRecords(knowledgeDir: string): {
  records: UnioneRecord[];
  problems: CheckProblem[];
  invalidFolders: string[];
} {
  const files = readRecordFiles(knowledgeDir);
  return {
    records: files.flatMap((file) => (file.record ? [file.record] : [])),
    problems: files.flatMap((file) => file.problems),
    invalidFolders: files.filter((file) => !file.record).map((file) => file.folder),
  };
}

/**
 * A fingerprint of the record files' names and bytes, cheap beside parsing them: the same fingerprint means the
 * same records, so a start-up can skip reading them (records/seed-fingerprint.ts).
 */
export function recordFilesFingerprint(knowledgeDir: string): string {
  const hash = createHash("sha256");
  for (const folder of recordFolders(knowledgeDir)) {
    hash.update(`${folder}\0`);
    try {
      hash.update(readFileSync(path.join(knowledgeDir, unioniFolder, folder, recordFileName)));
    } catch {
      // Unreadable now: a marker that no readable content produces, so the load runs and reports it.
      hash.update("\0illeggibile\0");
    }
    hash.update("\0");
  }
  return hash.digest("hex");
}
