import { describe, expect, it } from "vitest";
import { isUnioneError } from "../../../src/core/errors.js";
import { recordActLabel } from "../../../src/knowledge/record-act-label.js";
import { type Act, actSchema, unioneRecordSchema } from "../../../src/knowledge/record-schema.js";
import { createAuditLog } from "../../../src/records/audit-log.js";
import { openMemoryDatabase } from "../../../src/records/database.js";
import { createEvidenceDecisions } from "../../../src/records/evidence-decisions.js";
import { exportRecordYaml } from "../../../src/records/record-export.js";
import { createRecordStore } from "../../../src/records/record-store.js";
import { fixtureCatalog } from "../readiness/readiness-fixtures.js";

const catalog = fixtureCatalog();
const record = () =>
  unioneRecordSchema.parse({
    id: "terre-del-delta",
    name: "Unione Terre del Delta",
    province: "Ferrara",
    type: "costituita",
    as_of: "2024-06-30",
    comuni: [
      { id: "codigoro", name: "Codigoro" },
      { id: "goro", name: "Goro" },
      { id: "mesola", name: "Mesola" },
    ],
    functions: [{ code: "protezione-civile", state: "pianificata", conferring_comuni: ["mesola"] }],
    deliverables: [{ id: "piano-comunicazione", state: "in_corso" }],
  });

const act = (overrides: Partial<Act> = {}): Act =>
  actSchema.parse({
    organ: "Consiglio comunale",
    type: "deliberazione",
    number: "45",
    date: "2024-11-28",
    title: "Conferimento della protezione civile",
    comune: "codigoro",
    document: "unioni/terre-del-delta/cc-codigoro-45.pdf",
    page: 2,
    ...overrides,
  });

function store() {
  const database = openMemoryDatabase();
  return {
    database,
    store: createRecordStore({ database, seed: [record()], catalog, clock: () => new Date("2026-01-15T10:00:00Z") }),
  };
}

describe("updates that rest on an act", () => {
  it("adds a Comune to the conferring ones and keeps the act, naming the field it proves", () => {
    const { store: records } = store();
    const entry = records.update({
      unione: "terre-del-delta",
      target: "protezione-civile",
      field: "conferring_comuni",
      value: "codigoro",
      mode: "add",
      evidence: act(),
      user: "U1",
    });
    expect(entry).toMatchObject({ oldValue: "mesola", newValue: "codigoro,mesola", act: { number: "45", page: 2 } });
    const saved = records.get("terre-del-delta")!.functions[0]!;
    expect(saved.conferring_comuni).toEqual(["codigoro", "mesola"]);
    expect(saved.acts).toEqual([{ ...act(), fields: ["conferring_comuni"] }]);
    expect(records.history("terre-del-delta")[0]?.act).toMatchObject({ number: "45", comune: "codigoro" });
  });

  it("records a known value newly proved by an act, once per act and field", () => {
    const { store: records } = store();
    const mesola = act({ number: "52", comune: "mesola", date: "2024-11-26" });
    const first = records.update({
      unione: "terre-del-delta",
      target: "protezione-civile",
      field: "comuni",
      value: "mesola",
      mode: "add",
      evidence: mesola,
      user: "U1",
    });
    expect(first.oldValue).toBe(first.newValue);
    expect(records.history("terre-del-delta")).toHaveLength(1);
    records.update({
      unione: "terre-del-delta",
      target: "protezione-civile",
      field: "comuni",
      value: "mesola",
      mode: "add",
      evidence: mesola,
      user: "U1",
    });
    expect(records.history("terre-del-delta")).toHaveLength(1);
    expect(records.get("terre-del-delta")!.functions[0]!.acts).toHaveLength(1);
  });

  it("removes a Comune that revoked; an unknown list stays unknown (bad input: nothing to remove from)", () => {
    const { store: records } = store();
    records.update({
      unione: "terre-del-delta",
      target: "protezione-civile",
      field: "comuni",
      value: "mesola",
      mode: "remove",
      evidence: act({ comune: "mesola", number: "8" }),
      user: "U1",
    });
    expect(records.get("terre-del-delta")!.functions[0]!.conferring_comuni).toEqual([]);
    records.update({
      unione: "terre-del-delta",
      target: "protezione-civile",
      field: "comuni",
      value: "non noto",
      user: "U1",
    });
    records.update({
      unione: "terre-del-delta",
      target: "protezione-civile",
      field: "comuni",
      value: "goro",
      mode: "remove",
      evidence: act({ comune: "goro", number: "9" }),
      user: "U1",
    });
    expect(records.get("terre-del-delta")!.functions[0]!.conferring_comuni).toBeNull();
  });

  it("keeps a programme document's act and the Unione's own acts", () => {
    const { store: records } = store();
    const giunta = act({ organ: "Giunta dell'Unione", comune: null, number: "18", date: "2025-04-15" });
    records.update({
      unione: "terre-del-delta",
      target: "piano-comunicazione",
      field: "state",
      value: "approvato",
      evidence: giunta,
      user: "U1",
    });
    records.update({
      unione: "terre-del-delta",
      target: "piano-comunicazione",
      field: "date",
      value: "2025-04-15",
      evidence: giunta,
      user: "U1",
    });
    const consiglio = act({ organ: "Consiglio dell'Unione", comune: null, number: "4", date: "2025-03-20" });
    records.update({
      unione: "terre-del-delta",
      target: null,
      field: "giunta",
      value: "sindaci",
      evidence: consiglio,
      user: "U1",
    });
    records.update({
      unione: "terre-del-delta",
      target: null,
      field: "durata",
      value: "15",
      evidence: consiglio,
      user: "U1",
    });
    const saved = records.get("terre-del-delta")!;
    expect(saved.deliverables[0]).toMatchObject({
      state: "approvato",
      date: "2025-04-15",
      act: { number: "18", fields: ["state", "date"] },
    });
    expect(saved.duration_years).toBe(15);
    expect(saved.acts).toEqual([{ ...consiglio, fields: ["giunta", "duration_years"] }]);
    // The export writes the acts and the new fields; `unione check` reads the same schema.
    const yaml = exportRecordYaml(saved);
    expect(yaml).toContain("duration_years: 15");
    expect(yaml).toContain("document: unioni/terre-del-delta/cc-codigoro-45.pdf");
  });

  it("refuses an act naming a Comune that is not a member, and saves nothing (bad input)", () => {
    const { store: records } = store();
    const error = (() => {
      try {
        records.update({
          unione: "terre-del-delta",
          target: "protezione-civile",
          field: "comuni",
          value: "lagosanto",
          mode: "add",
          evidence: act({ comune: "lagosanto" }),
          user: "U1",
        });
      } catch (caught) {
        return caught;
      }
      return null;
    })();
    expect(isUnioneError(error) && error.userMessage).toMatch(/non è un Comune dell'Unione/);
    expect(records.history("terre-del-delta")).toEqual([]);
  });
});

describe("the audit log and the discarded proposals", () => {
  it("adds the act column to a log created before acts were kept, and reads old entries without one", () => {
    const database = openMemoryDatabase();
    database.exec(`CREATE TABLE record_audit (id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, user TEXT NOT NULL,
      unione TEXT NOT NULL, target TEXT, field TEXT NOT NULL, old_value TEXT, new_value TEXT)`);
    database.exec(`INSERT INTO record_audit (at, user, unione, target, field, old_value, new_value)
      VALUES ('2024-01-01T00:00:00Z', 'U0', 'terre-del-delta', 'ict', 'state', NULL, 'attiva')`);
    const log = createAuditLog(database);
    log.append({
      at: "2025-01-01T00:00:00Z",
      user: "U1",
      unione: "terre-del-delta",
      target: "ict",
      field: "integral",
      oldValue: null,
      newValue: "true",
      act: act(),
    });
    const [latest, oldest] = log.history("terre-del-delta");
    expect(latest?.act?.number).toBe("45");
    expect(oldest).toEqual({
      at: "2024-01-01T00:00:00Z",
      user: "U0",
      unione: "terre-del-delta",
      target: "ict",
      field: "state",
      oldValue: null,
      newValue: "attiva",
    });
  });

  it("remembers discarded proposals per Unione, once each", () => {
    const decisions = createEvidenceDecisions(openMemoryDatabase());
    decisions.discard({ unione: "terre-del-delta", id: "abc", user: "U1", at: "2026-01-01T00:00:00Z" });
    decisions.discard({ unione: "terre-del-delta", id: "abc", user: "U2", at: "2026-01-02T00:00:00Z" });
    expect([...decisions.discarded("terre-del-delta")]).toEqual(["abc"]);
    expect(decisions.discarded("terre-d-acqua").size).toBe(0);
  });

  it("names an act as officials do", () => {
    const names = { comuni: [{ id: "codigoro", name: "Codigoro" }] };
    expect(recordActLabel(act(), names)).toBe("Delibera C.C. di Codigoro n. 45 del 28/11/2024");
    expect(recordActLabel(act({ organ: "Giunta dell'Unione", comune: null, number: null }), names)).toBe(
      "Delibera della Giunta dell'Unione del 28/11/2024",
    );
  });
});
