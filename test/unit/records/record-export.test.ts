import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { renderHistoryText } from "../../../src/commands/history-text.js";
import { parseUnioneRecord, unioneRecordSchema } from "../../../src/knowledge/record-schema.js";
import { openMemoryDatabase } from "../../../src/records/database.js";
import {
  exportAllRecords,
  exportNoteLine,
  exportRecordYaml,
  schemaCommentLine,
} from "../../../src/records/record-export.js";
import { createRecordStore } from "../../../src/records/record-store.js";
import { fixtureCatalog, readyRecord } from "../readiness/readiness-fixtures.js";

const catalog = fixtureCatalog();

describe("record export and history", () => {
  it("exports YAML with the schema line, explicit nulls and schema key order; parsing it gives the same record", () => {
    const record = readyRecord({ seat: null, note: "Nota con: due punti e 'apici'" });
    const yaml = exportRecordYaml(record);
    expect(yaml.split("\n")[0]).toBe(schemaCommentLine);
    expect(yaml).toContain("seat: null");
    const keys = Object.keys(parse(yaml) as object);
    expect(keys).toEqual(Object.keys(unioneRecordSchema.shape));
    const reparsed = parseUnioneRecord(parse(yaml));
    expect(reparsed).toEqual({ ok: true, record });
  });

  it("is stable: the same record exported twice, with keys in another order, gives the same text", () => {
    const record = readyRecord();
    const shuffled = Object.fromEntries(Object.entries(record).reverse()) as typeof record;
    expect(exportRecordYaml(shuffled)).toBe(exportRecordYaml(record));
  });

  it("round trip: live update -> export to a knowledge folder -> reload -> same record", () => {
    const store = createRecordStore({
      database: openMemoryDatabase(),
      seed: [readyRecord()],
      catalog,
      clock: () => new Date("2024-06-20T10:00:00Z"),
    });
    store.update({ unione: "unione-prova", target: "suap", field: "durata", value: "10", user: "U1" });
    const folder = mkdtempSync(join(tmpdir(), "export-"));
    const paths = exportAllRecords(store, folder);
    expect(paths).toEqual([join(folder, "unioni", "unione-prova", "record.yaml")]);
    const reloaded = parseUnioneRecord(parse(readFileSync(paths[0]!, "utf8")));
    expect(reloaded.ok && reloaded.record).toEqual(store.get("unione-prova"));
    expect(reloaded.ok && reloaded.record.functions.find((item) => item.code === "suap")?.duration_years).toBe(10);
  });

  it("refuses to export a stored record the schema rejects (a newline in its name), writing no file", () => {
    // Tried: a name carrying YAML keys, stored before names were checked (written straight into SQLite).
    const database = openMemoryDatabase();
    const store = createRecordStore({ database, seed: [readyRecord()], catalog });
    const hostile = { ...readyRecord(), name: "Prova\nid: hacked\nexample: true" };
    database.prepare("UPDATE unione_record SET body = ? WHERE id = ?").run(JSON.stringify(hostile), "unione-prova");
    const folder = mkdtempSync(join(tmpdir(), "export-"));
    expect(() => exportAllRecords(store, folder)).toThrow(/unione-prova.*name: non può contenere a capo/);
    expect(existsSync(join(folder, "unioni"))).toBe(false);
  });

  it("writes no name into comments: the exported text parses to exactly the record", () => {
    const record = readyRecord({ name: "Unione # con: due punti" });
    const yaml = exportRecordYaml(record);
    expect(yaml.split("\n").filter((line) => line.startsWith("#"))).toEqual([schemaCommentLine, exportNoteLine]);
    expect(parseUnioneRecord(parse(yaml))).toEqual({ ok: true, record });
  });

  it("renders the history in Italian, with Italian time, sì/no and dd/mm/yyyy", () => {
    const text = renderHistoryText([
      {
        at: "2024-06-30T22:15:00.000Z",
        user: "U1",
        unione: "x",
        target: "polizia-locale",
        field: "staff_transferred",
        oldValue: null,
        newValue: "true",
      },
      {
        at: "2024-06-20T10:00:00.000Z",
        user: "U2",
        unione: "x",
        target: "suap",
        field: "start_date",
        oldValue: "2024-12-31",
        newValue: "2025-01-01",
      },
    ]);
    expect(text.split("\n")).toEqual([
      "01/07/2024 00:15 · U1 · polizia-locale, staff_transferred: non noto → sì",
      "20/06/2024 12:00 · U2 · suap, start_date: 31/12/2024 → 01/01/2025",
    ]);
    expect(renderHistoryText([])).toBe("Nessuna modifica registrata.");
  });
});
