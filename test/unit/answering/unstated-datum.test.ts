/**
 * A precise datum asked of the acts (an amount, a time, a name) that no passage found states: "Non ho trovato", with
 * the closest sources, instead of a confident sentence near it. Tried: an amount asked of a page about something
 * else, a name asked of a page without one, the same questions answered by pages that state the datum, a question
 * with a descriptive part, and a passage of the law (not an act), which is answered as before.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createAskService } from "../../../src/answering/ask-service.js";
import { analyzeQuestion } from "../../../src/answering/question-analysis.js";
import { datumNotFoundAnswer, unstatedDatum } from "../../../src/answering/unstated-datum.js";
import { silentLogger } from "../../../src/core/logger.js";
import type { Source } from "../../../src/core/types.js";
import { analyze } from "../../../src/index-format/italian-analyzer.js";
import type { HybridRetriever } from "../../../src/retrieval/hybrid-retriever.js";

const promptsDir = join(import.meta.dirname, "..", "..", "..", "prompts");

function actPage(text: string, extra: Partial<Source> = {}): Source {
  return {
    id: "documenti/albo/Delibera_12__5400_DeliberadiGiunta_Copia_12_2026_1.pdf#3",
    path: "documenti/albo/Delibera_12__5400_DeliberadiGiunta_Copia_12_2026_1.pdf",
    title: "Delibera di Giunta n. 12 del 10/02/2026",
    kind: "document",
    unione: null,
    article: null,
    page: 2,
    score: 0.9,
    text,
    ...extra,
  };
}

/** A retriever that finds one passage, matching every term of the question. */
function retriever(question: string, passage: Source): HybridRetriever {
  const terms = [...new Set(analyze(question))].map((term) => ({ term, weight: 1 }));
  return {
    async search() {
      return [passage];
    },
    async searchDetailed() {
      return { sources: [passage], terms, matchedTerms: [terms.map((item) => item.term)], units: [passage.text] };
    },
    statistics: () => ({ documentCount: 100, documentFrequency: () => 1 }),
  };
}

const ask = (question: string, passage: Source) =>
  createAskService({
    retriever: retriever(question, passage),
    chatModel: null,
    promptsDir,
    logger: silentLogger(),
  }).ask(question, { scope: { kind: "all" } });

describe("a precise datum asked and stated nowhere", () => {
  const amountAsked = "quanto costa l'autorizzazione per aprire un passo carrabile?";

  it("says it did not find the amount when the act page found states none", async () => {
    const result = await ask(
      amountAsked,
      actPage(
        "Di dare atto che il costo di costruzione troverà applicazione all'atto del rilascio delle autorizzazioni per il passo carrabile e delle concessioni edilizie.",
      ),
    );
    expect(result.found).toBe(false);
    expect(result.answer).toBe(datumNotFoundAnswer(["amount"]));
    expect(result.answer).toMatch(/^Non ho trovato nelle fonti indicizzate l'importo/);
    expect(result.sources).toHaveLength(1);
  });

  it("answers when the page states the amount", async () => {
    const result = await ask(
      amountAsked,
      actPage("Il diritto per l'autorizzazione del passo carrabile è fissato in € 50,00 per ogni accesso."),
    );
    expect(result.found).toBe(true);
    expect(result.answer).toContain("€ 50,00");
  });

  it("says it did not find the name asked ('chi è l'RSPP?') when the page names nobody", async () => {
    const question = "chi è l'RSPP del comune per la sicurezza sul lavoro?";
    const none = await ask(
      question,
      actPage("La formazione sulla sicurezza sul lavoro riguarda tutti i dipendenti del comune, RSPP compreso."),
    );
    expect(none.found).toBe(false);
    const named = await ask(
      question,
      actPage("Il RSPP del comune per la sicurezza sul lavoro è l'ing. Mario Bianchi, nominato con decreto n. 3."),
    );
    expect(named.found).toBe(true);
    expect(named.answer).toContain("Mario Bianchi");
  });

  it("still answers the law, and a question with a part that asks no datum", async () => {
    const law = actPage("Il costo della gestione associata del passo carrabile è ripartito tra i Comuni aderenti.", {
      kind: "law",
      path: "law/lr-21-2012.md",
      page: null,
    });
    expect((await ask(amountAsked, law)).found).toBe(true);
    expect(
      unstatedDatum(analyzeQuestion("cosa prevede il regolamento sul passo carrabile? e quanto costa?"), ["amount"]),
    ).toBeNull();
    expect(unstatedDatum(analyzeQuestion(amountAsked), ["amount"])).toEqual(["amount"]);
  });
});
