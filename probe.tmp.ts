import { readFileSync } from "node:fs";
import { createFunctionLexicon } from "./src/evidence/function-lexicon.js";
import { extractByRules } from "./src/evidence/rule-extraction.js";
import { actOf } from "./src/evidence/unione-acts.js";
import { createFunctionCatalog } from "./src/knowledge/function-catalog.js";
import { loadGlossary } from "./src/knowledge/glossary.js";
import { loadUnioneRecords } from "./src/knowledge/load-records.js";

const [unione, ...files] = process.argv.slice(2);
const catalog = createFunctionCatalog("knowledge");
const lexicon = createFunctionLexicon(catalog, loadGlossary("knowledge"));
const record = loadUnioneRecords("knowledge").records.find((r) => r.id === unione)!;
for (const file of files) {
  const act = actOf(file, [readFileSync(file, "utf8")], false);
  console.log(
    "==",
    file.split("/").at(-1),
    act.info.type,
    act.info.organ,
    act.info.number,
    act.info.date,
    act.info.ente,
  );
  for (const f of extractByRules(act, record, lexicon))
    console.log(
      " ",
      f.fact.code,
      f.fact.field,
      JSON.stringify(f.fact.value),
      f.comune,
      f.confidence.toFixed(2),
      "|",
      act.text.slice(f.quote.start, f.quote.end).replace(/\s+/g, " ").slice(0, 90),
    );
}
