import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { isUnioneError } from "../../../src/core/errors.js";
import { openDatabase } from "../../../src/records/database.js";

const directories: string[] = [];
function dataDir(): string {
  const directory = mkdtempSync(join(tmpdir(), "unione-db-"));
  directories.push(directory);
  return directory;
}
afterEach(() => {
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
});

describe("openDatabase", () => {
  it("opens a fresh database and creates the data directory", () => {
    const directory = join(dataDir(), "nested");
    const database = openDatabase(directory);
    expect(database.pragma("journal_mode", { simple: true })).toBe("wal");
    database.close();
  });

  it("refuses a file that is not a database with an Italian message, leaving the file untouched", () => {
    const directory = dataDir();
    const file = join(directory, "unione.sqlite");
    writeFileSync(file, "questo non è un database, ma va conservato");
    let caught: unknown = null;
    try {
      openDatabase(directory);
    } catch (error) {
      caught = error;
    }
    expect(isUnioneError(caught)).toBe(true);
    expect(isUnioneError(caught) && caught.userMessage).toMatch(
      /è danneggiato o non è un database SQLite: non l'ho modificato/,
    );
    expect(readFileSync(file, "utf8")).toBe("questo non è un database, ma va conservato");
  });

  it("refuses a database whose pages past the header are damaged, before any request reads them", () => {
    const directory = dataDir();
    const database = openDatabase(directory);
    database.exec("CREATE TABLE note (testo TEXT)");
    const insert = database.prepare("INSERT INTO note VALUES (?)");
    for (let index = 0; index < 2_000; index += 1) insert.run(`nota ${index} ${"x".repeat(100)}`);
    database.pragma("wal_checkpoint(TRUNCATE)");
    database.close();
    const file = join(directory, "unione.sqlite");
    const bytes = readFileSync(file);
    bytes.fill(0xab, 4096 * 2, 4096 * 6);
    writeFileSync(file, bytes);
    let caught: unknown = null;
    try {
      openDatabase(directory);
    } catch (error) {
      caught = error;
    }
    expect(isUnioneError(caught) && caught.userMessage).toMatch(/è danneggiato/);
  });
});
