/**
 * A question on how something turned out later gets "Non ho trovato" unless the answer states an outcome. Tried:
 * outcome questions worded as officials write them, questions that only look alike ("a che ditta è andata?",
 * "e poi chi firma?"), answers with and without an outcome, and the ask service on an act that starts a process.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createAskService } from "../../../src/answering/ask-service.js";
import { answersOutcome, asksLaterOutcome } from "../../../src/answering/later-outcome.js";
import { silentLogger } from "../../../src/core/logger.js";
import type { Source } from "../../../src/core/types.js";
import { analyze } from "../../../src/index-format/italian-analyzer.js";
import type { HybridRetriever } from "../../../src/retrieval/hybrid-retriever.js";

describe("asksLaterOutcome", () => {
  it.each([
    "alla fine l'appello contro la sentenza 396/2026 l'abbiamo vinto?",
    "com'è andata la festa dei libri del 5 giugno?",
    "la regione ha poi riconosciuto la DMO o siamo stati esclusi?",
    "che esito ha avuto il ricorso al TAR?",
    "che fine ha fatto l'interpello del 2024 per l'istruttore contabile?",
  ])("reads %s as asking an outcome", (question) => {
    expect(asksLaterOutcome(question)).toBe(true);
  });

  it.each([
    "hostess bilingue: a che ditta è andata e quanto senza iva?",
    "la giunta approva il piano e poi chi lo firma?",
    "entro quando va presentato il ricorso?",
  ])("does not read %s as asking an outcome", (question) => {
    expect(asksLaterOutcome(question)).toBe(false);
  });

  it("sees an outcome stated in an answer, and none in the act that starts the process", () => {
    expect(answersOutcome("il servizio è stato aggiudicato alla ditta Rossi srl con il ribasso del 10%")).toBe(true);
    expect(answersOutcome("il TAR ha accolto il ricorso")).toBe(true);
    expect(
      answersOutcome("tale procedura concorsuale è stata revocata in autotutela con determinazione n. 9/2025"),
    ).toBe(true);
    expect(answersOutcome("di proporre appello avverso la sentenza n. 396/2026 e di incaricare l'avv. Bianchi")).toBe(
      false,
    );
  });
});

describe("the ask service, asked how an appeal ended, with only the act that decided to appeal", () => {
  const question = "alla fine l'appello contro la sentenza 396/2026 l'abbiamo vinto?";
  const act: Source = {
    id: "dg-30#2",
    path: "documenti/albo/dg-30.pdf",
    title: "Delibera di Giunta n. 30 del 10/03/2026",
    kind: "document",
    unione: null,
    article: null,
    page: 2,
    score: 1,
    text: "1. di proporre appello avverso la sentenza n. 396/2026 del Tribunale di Avellino, incaricando l'avv. Bianchi.",
  };
  const terms = [...new Set(analyze(question))].map((term) => ({ term, weight: 1 }));
  const retriever: HybridRetriever = {
    async search() {
      return [act];
    },
    async searchDetailed() {
      return { sources: [act], terms, matchedTerms: [terms.map((item) => item.term)], units: [act.text] };
    },
    statistics: () => ({ documentCount: 100, documentFrequency: () => 1 }),
  };

  it("says the outcome is not in the acts instead of quoting the decision to appeal", async () => {
    const result = await createAskService({
      retriever,
      chatModel: null,
      promptsDir: join(import.meta.dirname, "..", "..", "..", "prompts"),
      logger: silentLogger(),
    }).ask(question, { scope: { kind: "all" } });
    expect(result.found).toBe(false);
    expect(result.answer).toMatch(/^Non ho trovato negli atti indicizzati come è andata a finire/);
    expect(result.sources).toEqual([act]);
  });
});
