import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { issuerOf } from "./src/evidence/act-issuer.js";
import { decisionClauses } from "./src/evidence/decision-clauses.js";
import { createFunctionLexicon } from "./src/evidence/function-lexicon.js";
import { extractByRules } from "./src/evidence/rule-extraction.js";
import { actOf } from "./src/evidence/unione-acts.js";
import { loadDocument } from "./src/ingestion/load-document.js";
import { createFunctionCatalog } from "./src/knowledge/function-catalog.js";
import { loadGlossary } from "./src/knowledge/glossary.js";
import { parseUnioneRecord } from "./src/knowledge/record-schema.js";

const dir = "/work/shared/corpus/comune-avella-albo-pretorio";
const catalog = createFunctionCatalog("knowledge");
const lexicon = createFunctionLexicon(catalog, loadGlossary("knowledge"));
const parsed = parseUnioneRecord({
  id: "unione-avella",
  name: "Unione del Baianese",
  province: "Avellino",
  type: "costituita",
  as_of: "2026-01-01",
  comuni: [
    { id: "avella", name: "Avella" },
    { id: "baiano", name: "Baiano" },
  ],
});
if (!parsed.ok) throw new Error("bad");
const record = parsed.record;
let total = 0;
let n = 0;
let withDisp = 0;
let clausesN = 0;
let comuneCouncil = 0;
for (const file of readdirSync(dir).filter((f) => f.endsWith(".pdf"))) {
  try {
    const doc = await loadDocument(readFileSync(join(dir, file)), file);
    const act = actOf(
      `unioni/unione-avella/${file}`,
      doc.units.map((u) => u.text),
      true,
    );
    n++;
    const issuer = issuerOf(act, record);
    if (act.structure.dispositivo) withDisp++;
    clausesN += decisionClauses(act).length;
    if (issuer.kind === "comune" && act.info.organ === "consiglio") comuneCouncil++;
    const f = extractByRules(act, record, lexicon);
    total += f.length;
    if (f.length) console.log(file, f.map((x) => `${x.fact.code}.${x.fact.field}=${x.fact.value}`).join(" "));
  } catch (e) {
    console.log("skip", file, String(e).slice(0, 80));
  }
}
console.log({ n, withDisp, clausesN, comuneCouncil, total });
