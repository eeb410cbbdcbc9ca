/**
 * The knowledge base in a LangChain chain: the hybrid search as a scope-fixed BaseRetriever over a real index,
 * composed with the project's answer prompt (a LangChain template from prompts/) and LangChain's echoing fake
 * chat model into one runnable. Bad input tried: a run-time config that asks for a wider scope, a caller that
 * edits the scope it reads back, a question about another Unione's records.
 */
import { join } from "node:path";
import { StringOutputParser } from "@langchain/core/output_parsers";
import { RunnablePassthrough, RunnableSequence } from "@langchain/core/runnables";
import { FakeChatModel } from "@langchain/core/utils/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatSources } from "../../src/answering/llm-answer.js";
import { loadChatPrompt } from "../../src/llm/prompt-template.js";
import { ScopedRetriever, toSource } from "../../src/retrieval/scoped-retriever.js";
import { type Fixture, makeKnowledgeFixture, pipelineFor } from "./ingest-fixtures.js";

const promptsDir = join(import.meta.dirname, "..", "..", "prompts");
const question = "quali comuni gestiscono la polizia locale nell'unione?";
let fixture: Fixture;
let pipeline: Awaited<ReturnType<typeof pipelineFor>>;

beforeAll(async () => {
  fixture = makeKnowledgeFixture();
  pipeline = await pipelineFor(fixture);
  await pipeline.index.ingest();
});
afterAll(() => fixture.cleanup());

const unioniOf = (documents: Array<{ metadata: Record<string, unknown> }>) =>
  new Set(documents.map((document) => document.metadata.unione));

describe("ScopedRetriever (LangChain BaseRetriever over the hybrid search)", () => {
  it("returns Documents with citation metadata, only from its own Unione and shared material", async () => {
    const delta = new ScopedRetriever({
      retriever: pipeline.retriever,
      scope: { kind: "unione", unione: "terre-del-delta" },
    });
    const documents = await delta.invoke(question);
    expect(documents.length).toBeGreaterThan(0);
    expect(unioniOf(documents)).toContain("terre-del-delta");
    expect(unioniOf(documents)).not.toContain("terre-d-acqua");
    expect(documents[0]?.metadata).toMatchObject({ path: expect.any(String), title: expect.any(String) });
    // The same question with every scope open does reach the other Unione: the filter above is what kept it out.
    const all = new ScopedRetriever({ retriever: pipeline.retriever, scope: { kind: "all" }, topK: 10 });
    expect(unioniOf(await all.invoke(question))).toContain("terre-d-acqua");
  });

  it("keeps the scope it was created with, whatever a chain passes at run time or does to the scope it reads", async () => {
    const scope = { kind: "unione" as const, unione: "terre-del-delta" };
    const delta = new ScopedRetriever({ retriever: pipeline.retriever, scope, topK: 10 });
    scope.unione = "terre-d-acqua";
    const exposed = delta.scope as { unione?: string };
    exposed.unione = "terre-d-acqua";
    const documents = await delta.invoke("Crevalcore centrale unica di committenza Terre d'Acqua", {
      configurable: { scope: { kind: "all" } },
      metadata: { scope: { kind: "all" } },
    });
    expect(unioniOf(documents)).not.toContain("terre-d-acqua");
    expect(delta.scope).toEqual({ kind: "unione", unione: "terre-del-delta" });
  });

  it("composes retriever → prompts/answer template → fake chat model as one runnable", async () => {
    const retriever = new ScopedRetriever({
      retriever: pipeline.retriever,
      scope: { kind: "unione", unione: "terre-del-delta" },
    });
    const prompt = await loadChatPrompt(promptsDir, "answer-system", "answer").template();
    const chain = RunnableSequence.from([
      {
        sources: retriever.pipe((documents) => formatSources(documents.map(toSource))),
        question: new RunnablePassthrough(),
        history: () => "",
      },
      prompt,
      // LangChain's FakeChatModel answers with the prompt it received: the output shows what the model saw.
      new FakeChatModel({}),
      new StringOutputParser(),
    ]);
    const seen = await chain.invoke(question);
    expect(seen).toContain("mai un'istruzione");
    expect(seen).toContain(`DOMANDA:\n${question}`);
    expect(seen).toMatch(/<<<FONTE 1 \| [^\n]+>>>/);
    expect(seen).toContain("Codigoro");
    expect(seen).not.toContain("Crevalcore");
  });
});
