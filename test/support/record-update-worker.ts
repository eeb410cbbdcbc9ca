/**
 * A separate process updating one Unione's record in a loop, for the cross-process test of the record store:
 * `node --import tsx record-update-worker.ts <dataDir> <knowledgeDir> <name> <target> <count>`. Prints "ready"
 * once the store is open, waits for a line on stdin (so two workers start together), then alternates an update of
 * its own target's note and of the Unione's shared note, and prints "done".
 */
import { once } from "node:events";
import { createFunctionCatalog } from "../../src/knowledge/function-catalog.js";
import { loadUnioneRecords } from "../../src/knowledge/load-records.js";
import { openDatabase } from "../../src/records/database.js";
import { createRecordStore } from "../../src/records/record-store.js";

const [dataDir = "", knowledgeDir = "", name = "", target = "", count = "0"] = process.argv.slice(2);
const database = openDatabase(dataDir);
const { records, invalidFolders } = loadUnioneRecords(knowledgeDir);
const store = createRecordStore({
  database,
  seed: records,
  invalidSeeds: invalidFolders,
  catalog: createFunctionCatalog(knowledgeDir),
});
process.stdout.write("ready\n");
await once(process.stdin, "data");
process.stdin.destroy();
for (let index = 1; index <= Number(count); index += 1) {
  const value = `${name}-${index}`;
  store.update({ unione: "terre-del-delta", target, field: "note", value, user: name });
  store.update({ unione: "terre-del-delta", target: null, field: "note", value, user: name });
}
database.close();
process.stdout.write("done\n");
