import { describe, expect, it } from "vitest";
import { isUnioneError, type UnioneError } from "../../../src/core/errors.js";
import { type UnioneRecord, unioneRecordSchema } from "../../../src/knowledge/record-schema.js";
import { openMemoryDatabase, type SqliteDatabase } from "../../../src/records/database.js";
import { createRecordStore, type RecordStore } from "../../../src/records/record-store.js";
import { fixtureCatalog, readyRecord } from "../readiness/readiness-fixtures.js";

const catalog = fixtureCatalog();
const fixedClock = () => new Date("2024-06-20T10:30:00Z");

function deltaRecord(overrides: Record<string, unknown> = {}): UnioneRecord {
  return unioneRecordSchema.parse({
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
    functions: [
      { code: "polizia-locale", state: "attiva" },
      { code: "protezione-civile", state: "pianificata", planned_date: "2024-12-31" },
    ],
    ...overrides,
  });
}

const seed = () => [deltaRecord(), readyRecord({ id: "terre-d-acqua", name: "Unione Terre d'Acqua" })];

function openStore(database: SqliteDatabase = openMemoryDatabase(), records = seed()): RecordStore {
  return createRecordStore({ database, seed: records, catalog, clock: fixedClock });
}

function update(store: RecordStore, target: string | null, field: string, value: string, unione = "terre-del-delta") {
  return store.update({ unione, target, field, value, user: "U123" });
}

function refusal(action: () => unknown): UnioneError {
  try {
    action();
  } catch (error) {
    if (isUnioneError(error)) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("record store: reading", () => {
  it("lists the seeded records and gets them by id", () => {
    const store = openStore();
    expect(store.list().map((record) => record.id)).toEqual(["terre-d-acqua", "terre-del-delta"]);
    expect(store.get("terre-del-delta")?.name).toBe("Unione Terre del Delta");
    expect(store.get("sconosciuta")).toBeNull();
  });

  it.each(["terre del delta", "Delta", "Unione Terre del Delta", "TERRE-DEL-DELTA", "terre dl delta"])(
    "resolves the loose name %j",
    (name) => {
      expect(openStore().resolve(name)?.id).toBe("terre-del-delta");
    },
  );

  it("does not resolve an ambiguous or unknown name, and suggests the closest ids", () => {
    const store = openStore();
    expect(store.resolve("terre")).toBeNull();
    expect(store.resolve("Bassa Romagna")).toBeNull();
    expect(store.suggest("terre del deta")[0]).toBe("terre-del-delta");
    expect(store.suggest("acqua")[0]).toBe("terre-d-acqua");
  });
});

describe("record store: audited updates", () => {
  it("sets a function state and audits who, when, field, old and new", () => {
    const store = openStore();
    const entry = update(store, "protezione-civile", "state", "attiva");
    expect(entry).toEqual({
      at: "2024-06-20T10:30:00.000Z",
      user: "U123",
      unione: "terre-del-delta",
      target: "protezione-civile",
      field: "state",
      oldValue: "pianificata",
      newValue: "attiva",
    });
    expect(store.get("terre-del-delta")?.functions.find((item) => item.code === "protezione-civile")?.state).toBe(
      "attiva",
    );
    expect(store.history("terre-del-delta")).toEqual([entry]);
  });

  it("reads Italian values: sì/no, dd/mm/yyyy, 'N anni', comma lists and 'tutti', Italian field names", () => {
    const store = openStore();
    update(store, "vigili", "personale", "sì");
    update(store, "polizia-locale", "resources_transferred", "no");
    update(store, "polizia-locale", "start_date", "01/01/2025");
    update(store, "polizia-locale", "durata", "5 anni");
    update(store, "polizia-locale", "conferring_comuni", "codigoro, Goro,mesola");
    update(store, "protezione-civile", "comuni", "tutti");
    update(store, null, "giunta", "sindaci");
    const record = store.get("terre-del-delta")!;
    const police = record.functions.find((item) => item.code === "polizia-locale")!;
    expect(police).toMatchObject({
      staff_transferred: true,
      resources_transferred: false,
      start_date: "2025-01-01",
      duration_years: 5,
      conferring_comuni: ["codigoro", "goro", "mesola"],
    });
    expect(record.functions.find((item) => item.code === "protezione-civile")?.conferring_comuni).toEqual([
      "codigoro",
      "goro",
      "mesola",
    ]);
    expect(record.giunta.composition).toBe("sindaci");
    expect(store.history("terre-del-delta")).toHaveLength(7);
    expect(store.history("terre-del-delta", 2)).toHaveLength(2);
  });

  it("updates a deliverable, a member Comune's status and sets a value back to unknown", () => {
    const store = openStore();
    update(store, "piano-formativo", "stato", "in corso");
    update(store, "goro", "status", "commissariato");
    update(store, "polizia-locale", "integral", "si");
    update(store, "polizia-locale", "integral", "non noto");
    const record = store.get("terre-del-delta")!;
    expect(record.deliverables.find((item) => item.id === "piano-formativo")?.state).toBe("in_corso");
    expect(record.comuni.find((comune) => comune.id === "goro")?.status).toBe("commissariato");
    expect(record.functions.find((item) => item.code === "polizia-locale")?.integral).toBeNull();
    expect(store.history("terre-del-delta")[0]).toMatchObject({ field: "integral", oldValue: "true", newValue: null });
  });

  it("adds a function that is not in the record only by setting its state", () => {
    const store = openStore();
    const entry = update(store, "tributi", "state", "proposta");
    expect(entry).toMatchObject({ target: "tributi", oldValue: null, newValue: "proposta" });
    expect(store.get("terre-del-delta")?.functions.map((item) => item.code)).toContain("tributi");
    expect(refusal(() => update(store, "suap", "integral", "si")).userMessage).toContain("imposta prima il suo stato");
  });

  it.each([
    ["polizia-locale", "staff_transferred", "forse", "staff_transferred"],
    ["polizia-locale", "start_date", "31/02/2025", "start_date"],
    ["polizia-locale", "duration_years", "-3", "duration_years"],
    ["polizia-locale", "conferring_comuni", "codigoro, lagosanto", "lagosanto"],
    ["polizia-locale", "state", "sospesa", "state"],
    ["polizia-locale", "colore", "blu", "colore"],
    ["astronautica", "state", "attiva", "astronautica"],
    [null, "as_of", "non noto", "as_of"],
    [null, "name", "-", "name"],
  ])("refuses %s %s %j in Italian naming %s, and changes nothing", (target, field, value, named) => {
    const database = openMemoryDatabase();
    const store = openStore(database);
    const before = store.get("terre-del-delta");
    const error = refusal(() => update(store, target, field, value));
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.userMessage).toContain(named);
    expect(error.userMessage).toContain("Nessuna modifica salvata");
    expect(store.get("terre-del-delta")).toEqual(before);
    expect(store.history("terre-del-delta")).toEqual([]);
  });

  it("refuses an unknown Unione with suggestions", () => {
    const error = refusal(() => update(openStore(), "suap", "state", "attiva", "terre del po"));
    expect(error.code).toBe("NOT_FOUND");
    expect(error.userMessage).toMatch(/Forse intendevi: terre-del-delta/);
  });

  it("does not audit an update that changes nothing", () => {
    const store = openStore();
    update(store, "polizia-locale", "state", "attiva");
    expect(store.history("terre-del-delta")).toEqual([]);
  });
});

describe("record store: reconciling a changed YAML with live edits", () => {
  it("keeps live edits across a restart with the same YAML", () => {
    const database = openMemoryDatabase();
    update(openStore(database), "protezione-civile", "state", "attiva");
    const reopened = openStore(database);
    expect(reopened.get("terre-del-delta")?.functions[1]?.state).toBe("attiva");
  });

  it("reseeds an Unione whose YAML changed when it has no live edits, and audits the reload", () => {
    const database = openMemoryDatabase();
    openStore(database);
    const changed = [deltaRecord({ seat: "Codigoro" }), seed()[1]!];
    const reopened = openStore(database, changed);
    expect(reopened.get("terre-del-delta")?.seat).toBe("Codigoro");
    expect(reopened.history("terre-del-delta")[0]?.field).toBe("(ricarica da YAML)");
  });

  it("keeps live data when the YAML changed after live edits, and logs a warning", () => {
    const database = openMemoryDatabase();
    update(openStore(database), "protezione-civile", "state", "attiva");
    const warnings: string[] = [];
    const logger = {
      warn: (_object: unknown, message: string) => warnings.push(message),
      info: () => undefined,
    } as never;
    const store = createRecordStore({
      database,
      seed: [deltaRecord({ seat: "Codigoro" }), seed()[1]!],
      catalog,
      clock: fixedClock,
      logger,
    });
    expect(store.get("terre-del-delta")?.seat).toBeNull();
    expect(store.get("terre-del-delta")?.functions[1]?.state).toBe("attiva");
    expect(warnings.join(" ")).toContain("modifiche dal vivo");
  });

  it("adopts a YAML equal to the live data (after an export) without warnings", () => {
    const database = openMemoryDatabase();
    const store = openStore(database);
    update(store, "protezione-civile", "state", "attiva");
    const exported = store.list();
    const warnings: string[] = [];
    const logger = {
      warn: (_object: unknown, message: string) => warnings.push(message),
      info: () => undefined,
    } as never;
    createRecordStore({ database, seed: exported, catalog, clock: fixedClock, logger });
    // A later YAML change is now reseeded, because the export became the new seed.
    const reopened = openStore(database, [{ ...exported[1]!, seat: "Codigoro" }, exported[0]!]);
    expect(warnings).toEqual([]);
    expect(reopened.get("terre-del-delta")?.seat).toBe("Codigoro");
    expect(reopened.get("terre-del-delta")?.functions[1]?.state).toBe("attiva");
  });

  it("drops an Unione removed from YAML unless it has live edits", () => {
    const database = openMemoryDatabase();
    openStore(database);
    expect(
      openStore(database, [deltaRecord()])
        .list()
        .map((record) => record.id),
    ).toEqual(["terre-del-delta"]);
  });

  it("keeps the last valid data of an Unione whose record.yaml became invalid, instead of dropping it", () => {
    const database = openMemoryDatabase();
    openStore(database);
    const warnings: string[] = [];
    const logger = {
      warn: (_object: unknown, message: string) => warnings.push(message),
      info: () => undefined,
    } as never;
    const store = createRecordStore({
      database,
      seed: [deltaRecord()],
      invalidSeeds: ["terre-d-acqua"],
      catalog,
      clock: fixedClock,
      logger,
    });
    expect(store.list().map((record) => record.id)).toEqual(["terre-d-acqua", "terre-del-delta"]);
    expect(warnings.join(" ")).toContain("scheda YAML non valida");
  });
});
