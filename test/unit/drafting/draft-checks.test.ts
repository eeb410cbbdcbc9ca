import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { UnioneError } from "../../../src/core/errors.js";
import { silentLogger } from "../../../src/core/logger.js";
import { citationIndexFromTexts } from "../../../src/drafting/citation-index.js";
import { createDraftService } from "../../../src/drafting/create-draft-service.js";
import { checkDraft, checkText } from "../../../src/drafting/draft-checks.js";
import type { Draft } from "../../../src/drafting/draft-types.js";
import { createFunctionCatalog } from "../../../src/knowledge/function-catalog.js";
import { loadReadinessRules } from "../../../src/readiness/rules.js";
import { contextFor, fixtureRecord, knowledgeDir, memoryRecords, promptsDir } from "./drafting-fixtures.js";

const index = citationIndexFromTexts([
  '---\nshort: "L.R. 21/2012"\n---\n## Art. 19 — Durata\n',
  '---\nshort: "D.Lgs. 267/2000"\n---\n## Art. 30 — Convenzioni\n',
]);
const options = { index, members: ["Codigoro", "Goro", "Mesola"], foreignComuni: ["Lagosanto"] };

function draftWith(text: string, missing: string[] = []): Draft {
  return {
    tipo: "convenzione",
    title: "Convenzione di prova",
    unione: "terre-del-delta",
    unioneName: "Unione Terre del Delta",
    funzione: "protezione-civile",
    sections: [{ id: "unica", title: "Unica", text, sources: ["L.R. 21/2012 art. 19"] }],
    missing,
  };
}

describe("checkText", () => {
  it("accepts a text that cites existing articles and names members only", () => {
    expect(
      checkText(
        "Ai sensi dell'art. 30 del D.Lgs. 267/2000 i Comuni di Codigoro, Goro e Mesola convengono; il Comune di Goro approva.",
        options,
      ),
    ).toEqual([]);
  });

  it("rejects an invented article, a placeholder left and a Comune outside the Unione", () => {
    const problems = checkText(
      "Secondo l'art. 99 della L.R. 21/2012 il Comune di Lagosanto e il Comune di Ferrara aderiscono a {{unione.nome}}.",
      options,
    );
    expect(problems).toContain('la citazione "L.R. 21/2012 art. 99" non esiste nella base di conoscenza');
    expect(problems).toContain("è rimasto un segnaposto {{…}} non compilato");
    expect(problems).toContain("è nominato il Comune di Lagosanto, che non fa parte dell'Unione");
    expect(problems).toContain("è nominato il Comune di Ferrara, che non fa parte dell'Unione");
  });
});

describe("checkDraft", () => {
  const draftOptions = { ...options, minimumDurationYears: 5, durationYears: 5, complete: true };

  it("accepts a complete, consistent draft", () => {
    expect(checkDraft(draftWith("Codigoro, Goro e Mesola. [DA COMPLETARE: sede]", ["sede"]), draftOptions)).toEqual([]);
  });

  it("rejects a marker that is not listed, and a listed datum that is not marked", () => {
    const problems = checkDraft(
      draftWith("Codigoro, Goro e Mesola. [DA COMPLETARE: sede]", ["popolazione"]),
      draftOptions,
    );
    expect(problems).toContain('il dato da completare "sede" non è elencato tra i mancanti');
    expect(problems).toContain('il dato mancante "popolazione" non è segnalato nel testo');
  });

  it("rejects a duration under the minimum and a member left out", () => {
    const problems = checkDraft(draftWith("Codigoro e Goro."), { ...draftOptions, durationYears: 4 });
    expect(problems).toContain("la durata di 4 anni è inferiore al minimo di 5 anni (L.R. 21/2012 art. 19)");
    expect(problems).toContain("il Comune di Mesola, membro dell'Unione, non è nominato");
  });

  it("rejects a declared source that is not in the knowledge base", () => {
    const draft = draftWith("Codigoro, Goro e Mesola.");
    draft.sections[0]!.sources = ["L.R. 21/2012 art. 77"];
    expect(checkDraft(draft, draftOptions)[0]).toContain('il riferimento "L.R. 21/2012 art. 77"');
  });
});

describe("a draft that fails its checks is an error, never a silent draft", () => {
  const folder = mkdtempSync(join(tmpdir(), "unione-draft-checks-"));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  cpSync(join(knowledgeDir, "law"), join(folder, "law"), { recursive: true });
  cpSync(join(knowledgeDir, "rules"), join(folder, "rules"), { recursive: true });
  cpSync(join(knowledgeDir, "templates"), join(folder, "templates"), { recursive: true });
  writeFileSync(
    join(folder, "templates", "estraneo.md"),
    "---\nid: estraneo\nname: Atto con un Comune estraneo\nsections:\n  - id: unica\n    title: Unica\n    fields: [comuni.elenco]\n---\n## unica\nI Comuni di {{comuni.elenco}} e il Comune di Lagosanto.\n",
  );
  writeFileSync(
    join(folder, "templates", "inventato.md"),
    "---\nid: inventato\nname: Atto con un articolo inventato\nsections:\n  - id: unica\n    title: Unica\n    fields: [comuni.elenco]\n---\n## unica\nI Comuni di {{comuni.elenco}}, secondo l'art. 99 della L.R. 21/2012.\n",
  );
  const drafts = createDraftService({
    knowledgeDir: folder,
    minimumDurationYears: loadReadinessRules(knowledgeDir).minimumDurationYears,
    records: memoryRecords([fixtureRecord()]),
    catalog: createFunctionCatalog(knowledgeDir),
    promptsDir,
    logger: silentLogger(),
  });

  it("refuses a draft naming a Comune that is not a member", async () => {
    const error = await drafts
      .draft({ tipo: "estraneo", unione: "unione-prova" }, contextFor({ kind: "all" }))
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UnioneError);
    expect((error as UnioneError).code).toBe("INVALID_KNOWLEDGE");
    expect((error as UnioneError).userMessage).toContain("Comune di Lagosanto, che non fa parte dell'Unione");
  });

  it("refuses a template citing an article missing from knowledge/law", async () => {
    const error = await drafts
      .draft({ tipo: "inventato", unione: "unione-prova" }, contextFor({ kind: "all" }))
      .catch((caught: unknown) => caught);
    expect((error as UnioneError).code).toBe("INVALID_KNOWLEDGE");
    expect((error as UnioneError).userMessage).toContain("L.R. 21/2012 art. 99");
  });
});
