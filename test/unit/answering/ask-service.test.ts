/**
 * The ask use case with an in-process chat model: the model's answer is kept only when it cites a passage it was
 * given; otherwise, or when the model fails, the answer is extractive; with nothing relevant the model is never
 * asked (the fake throws when called unscripted). Bad input tried: an uncited answer, a citation of a passage
 * that was not given, a model that fails.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createAskService, modelFailedNotice, notFoundAnswer } from "../../../src/answering/ask-service.js";
import { silentLogger } from "../../../src/core/logger.js";
import type { Source } from "../../../src/core/types.js";
import { analyze } from "../../../src/index-format/italian-analyzer.js";
import type { HybridRetriever } from "../../../src/retrieval/hybrid-retriever.js";
import { fakeChatModel } from "../../support/fake-chat-model.js";

const promptsDir = join(import.meta.dirname, "..", "..", "..", "prompts");
const question = "quanti anni deve durare il conferimento di una funzione?";

const passage: Source = {
  id: "law/lr-21-2012.md#4",
  path: "law/lr-21-2012.md",
  title: "L.R. 21/2012",
  kind: "law",
  unione: null,
  article: "art. 19",
  page: null,
  score: 0.9,
  text: "Il conferimento di una funzione all'Unione deve durare almeno cinque anni, salvo i casi previsti dalla legge.",
};

/** A retriever over one passage, or over nothing; the passage matches every term of the question. */
function retriever(found: boolean): HybridRetriever {
  const terms = [...new Set(analyze(question))].map((term) => ({ term, weight: 1 }));
  return {
    async search() {
      return found ? [passage] : [];
    },
    async searchDetailed() {
      return {
        sources: found ? [passage] : [],
        terms,
        matchedTerms: found ? [terms.map((item) => item.term)] : [],
        units: found ? [passage.text] : [],
      };
    },
    statistics: () => ({ documentCount: 100, documentFrequency: () => 1 }),
  };
}

const askWith = (chatModel: ReturnType<typeof fakeChatModel>, found = true) =>
  createAskService({ retriever: retriever(found), chatModel, promptsDir, logger: silentLogger() }).ask(question, {
    scope: { kind: "public" },
  });

describe("ask with an in-process chat model", () => {
  it("keeps a model answer that cites the passage it was given, which reached the model as delimited data", async () => {
    const model = fakeChatModel("Il conferimento dura almeno cinque anni [1].");
    const result = await askWith(model);
    expect(result).toMatchObject({ mode: "llm", found: true, answer: "Il conferimento dura almeno cinque anni [1]." });
    expect(model.calls).toHaveLength(1);
    expect(model.calls[0]?.map((message) => message.role)).toEqual(["system", "user"]);
    expect(model.calls[0]?.[1]?.content).toContain("<<<FONTE 1 | L.R. 21/2012, art. 19");
  });

  it("falls back to the extractive answer when the model cites only a passage it was not given", async () => {
    const result = await askWith(fakeChatModel("Dura dieci anni [7]."));
    expect(result.mode).toBe("extractive");
    expect(result.answer).not.toContain("dieci");
    expect(result.answer).toContain("cinque anni");
  });

  it("answers extractively with a notice when the model fails", async () => {
    const result = await askWith(fakeChatModel(new Error("rete interrotta")));
    expect(result).toMatchObject({ mode: "extractive", found: true, notice: modelFailedNotice });
  });

  it("says 'Non ho trovato' when the model read the passages and found no answer in them", async () => {
    const model = fakeChatModel("Non ho trovato nelle fonti la risposta alla domanda.");
    const result = await askWith(model);
    expect(result).toMatchObject({ mode: "llm", found: false, answer: notFoundAnswer });
  });

  it("never asks the model when nothing relevant was found", async () => {
    const model = fakeChatModel();
    const result = await askWith(model, false);
    expect(result).toMatchObject({ found: false, answer: notFoundAnswer });
    expect(model.calls).toHaveLength(0);
  });

  it("offline, a phone number asked and absent from the answer is 'Non ho trovato', not a sentence near it", async () => {
    const service = createAskService({
      retriever: retriever(true),
      chatModel: null,
      promptsDir,
      logger: silentLogger(),
    });
    const plain = await service.ask(question, { scope: { kind: "public" } });
    expect(plain.found).toBe(true);
    // The passage matches the question's words but holds no number to call.
    const contact = await service.ask(`${question} e qual è il numero di telefono dell'ufficio?`, {
      scope: { kind: "public" },
    });
    expect(contact).toMatchObject({ found: false, answer: notFoundAnswer });
  });

  it("offline, a question naming a Comune the answering passage never mentions gets 'Non ho trovato'", async () => {
    const service = createAskService({
      retriever: retriever(true),
      chatModel: null,
      promptsDir,
      logger: silentLogger(),
    });
    const elsewhere = await service.ask(`${question} nel comune di Bologna?`, { scope: { kind: "public" } });
    expect(elsewhere).toMatchObject({ found: false, answer: notFoundAnswer });
    // Asking how a PEC is used is no request for a PEC address.
    const how = await service.ask(`${question} la domanda si manda via pec?`, { scope: { kind: "public" } });
    expect(how.found).toBe(true);
  });
});
