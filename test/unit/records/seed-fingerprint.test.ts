/**
 * A start-up whose record files are unchanged does not parse them again; any change, an invalid file or a
 * reconcile that left a warning makes the next start read them. Tried: the same fingerprint twice, a changed one,
 * a seed with an invalid file, a live edit between starts.
 */
import { describe, expect, it } from "vitest";
import type { UnioneRecord } from "../../../src/knowledge/record-schema.js";
import { openMemoryDatabase, type SqliteDatabase } from "../../../src/records/database.js";
import { createRecordStore } from "../../../src/records/record-store.js";
import { fixtureCatalog, readyRecord } from "../readiness/readiness-fixtures.js";

const catalog = fixtureCatalog();

function lazyStore(database: SqliteDatabase, fingerprint: string, records: UnioneRecord[], invalid: string[] = []) {
  const loads: string[] = [];
  const store = createRecordStore({
    database,
    seed: {
      fingerprint,
      load: () => {
        loads.push(fingerprint);
        return { records, invalid };
      },
    },
    catalog,
    clock: () => new Date("2024-06-20T10:30:00Z"),
  });
  return { store, loads };
}

describe("lazy record seed", () => {
  it("loads the files once per fingerprint and keeps live edits across starts", () => {
    const database = openMemoryDatabase();
    const acqua = readyRecord({ id: "terre-d-acqua", name: "Unione Terre d'Acqua" });
    const first = lazyStore(database, "a", [acqua]);
    expect(first.loads).toEqual(["a"]);
    first.store.update({ unione: "terre-d-acqua", target: null, field: "note", value: "dal vivo", user: "U1" });
    const second = lazyStore(database, "a", [acqua]);
    expect(second.loads).toEqual([]);
    expect(second.store.get("terre-d-acqua")?.note).toBe("dal vivo");
    const renamed = readyRecord({ id: "terre-d-acqua", name: "Unione Terre d'Acqua rinominata" });
    const changed = lazyStore(database, "b", [renamed]);
    expect(changed.loads).toEqual(["b"]);
  });

  it("reads the files again at every start while one of them is invalid, so its warning is repeated", () => {
    const database = openMemoryDatabase();
    const acqua = readyRecord({ id: "terre-d-acqua", name: "Unione Terre d'Acqua" });
    lazyStore(database, "a", [acqua]);
    expect(lazyStore(database, "c", [], ["terre-d-acqua"]).loads).toEqual(["c"]);
    const again = lazyStore(database, "c", [], ["terre-d-acqua"]);
    expect(again.loads).toEqual(["c"]);
    expect(again.store.get("terre-d-acqua")?.name).toBe("Unione Terre d'Acqua");
  });
});
