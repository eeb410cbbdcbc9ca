import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createFunctionLexicon } from "../../../src/evidence/function-lexicon.js";
import { extractByRules } from "../../../src/evidence/rule-extraction.js";
import { actOf } from "../../../src/evidence/unione-acts.js";
import { createFunctionCatalog } from "../../../src/knowledge/function-catalog.js";
import { loadGlossary } from "../../../src/knowledge/glossary.js";
import { loadUnioneRecords } from "../../../src/knowledge/load-records.js";
import { expectedActs, factKey } from "../../fixtures/evidence/expected.js";

const root = join(import.meta.dirname, "..", "..", "..");
const knowledge = join(root, "knowledge");
const fixtures = join(root, "test", "fixtures", "evidence");
const lexicon = createFunctionLexicon(createFunctionCatalog(knowledge), loadGlossary(knowledge));
const records = loadUnioneRecords(knowledge).records;

function facts(unione: string, file: string, text = readFileSync(join(fixtures, unione, file), "utf8")): string[] {
  const record = records.find((item) => item.id === unione)!;
  const act = actOf(`unioni/${unione}/${file}`, [text], false);
  return extractByRules(act, record, lexicon)
    .map((finding) => factKey({ ...finding.fact, comune: finding.comune }))
    .sort();
}

describe.each(Object.keys(expectedActs))("the deliberations of %s, read by rules", (unione) => {
  it.each(expectedActs[unione]!.map((act) => [act.file, act] as const))(
    "%s proposes what its dispositivo decides",
    (file, act) => {
      expect(facts(unione, file)).toEqual(act.facts.map(factKey).sort());
    },
  );

  it("proposes nothing from the traps: a Giunta act, a premessa on another Comune, a non-member, another Unione", () => {
    const traps = readdirSync(join(fixtures, unione)).filter((file) => file.startsWith("trap-"));
    for (const file of traps) expect(facts(unione, file), file).toEqual([]);
  });
});

describe("decisions in unusual places", () => {
  const base = [
    "COMUNE DI GORO",
    "Provincia di Ferrara",
    "DELIBERAZIONE DEL CONSIGLIO COMUNALE N. 33 DEL 29/11/2024",
    "OGGETTO: CONFERIMENTO ALL'UNIONE TERRE DEL DELTA DELLA FUNZIONE SUAP.",
  ];

  it("reads a proposal the dispositivo adopts as its own", () => {
    const text = [
      ...base,
      "PROPOSTA DI DELIBERAZIONE",
      "Visto l'art. 7 della L.R. 21/2012;",
      "PROPONE AL CONSIGLIO COMUNALE DI DELIBERARE",
      "1. di conferire all'Unione Terre del Delta la funzione dello Sportello Unico per le Attività Produttive a decorrere dal 01/01/2025 per cinque anni;",
      "2. di trasmettere la presente all'Unione.",
      "IL CONSIGLIO COMUNALE",
      "Vista la proposta di deliberazione sopra riportata;",
      "DELIBERA",
      "di approvare integralmente la proposta di deliberazione sopra riportata.",
      "IL SINDACO f.to Mario Viviani",
    ].join("\n");
    expect(facts("terre-del-delta", "proposta.txt", text)).toEqual(
      ["suap.conferring_comuni=true@goro", 'suap.start_date="2025-01-01"@goro', "suap.duration_years=5@goro"].sort(),
    );
  });

  it("takes the function of the OGGETTO when the decision says 'la funzione in oggetto'", () => {
    const text = [
      ...base,
      "IL CONSIGLIO COMUNALE",
      "DELIBERA",
      "1. di conferire all'Unione la funzione in oggetto dal 01/01/2025;",
    ].join("\n");
    expect(facts("terre-del-delta", "oggetto.txt", text)).toEqual(
      ["suap.conferring_comuni=true@goro", 'suap.start_date="2025-01-01"@goro'].sort(),
    );
  });

  it("finds nothing in a proposal that no dispositivo adopts, nor in a negated decision (bad input)", () => {
    const proposalOnly = [
      ...base,
      "PROPOSTA DI DELIBERAZIONE",
      "PROPONE DI DELIBERARE",
      "1. di conferire all'Unione la funzione SUAP;",
    ];
    expect(facts("terre-del-delta", "p.txt", proposalOnly.join("\n"))).toEqual([]);
    const negated = [...base, "DELIBERA", "1. di non conferire all'Unione la funzione SUAP, per le ragioni esposte;"];
    expect(facts("terre-del-delta", "n.txt", negated.join("\n"))).toEqual([]);
  });
});
