import { describe, expect, it } from "vitest";
import type { AskService } from "../../../src/answering/ask-service.js";
import { createCommandRouter } from "../../../src/commands/router.js";
import { scopeFor } from "../../../src/core/access.js";
import type { RequestContext } from "../../../src/core/types.js";
import { openMemoryDatabase } from "../../../src/records/database.js";
import { createFeedbackStore } from "../../../src/records/feedback-store.js";
import {
  fakeRouterDeps,
  recordingDrafts,
  recordingIndex,
  recordingStatus,
  recordingUpdates,
  UnscriptedCall,
} from "../../support/fake-router-deps.js";

/** An ask service that records the question and the scope it was asked under. */
function recordingAsk(calls: string[]): AskService {
  return {
    async ask(question, options) {
      calls.push(`ask:${question}:${options.scope.kind}`);
      return { answer: `risposta a ${question}`, mode: "extractive", sources: [], found: true };
    },
  };
}

function context(overrides: Partial<RequestContext> = {}): RequestContext {
  const boundUnione = overrides.boundUnione ?? null;
  const isAdmin = overrides.isAdmin ?? false;
  return {
    requestId: "r1",
    transport: "slack",
    user: "U1",
    channel: "C1",
    isAdmin,
    boundUnione,
    scope: scopeFor(boundUnione, isAdmin),
    ...overrides,
  };
}

describe("command router", () => {
  it("answers a plain question within the caller's scope", async () => {
    const calls: string[] = [];
    const router = createCommandRouter(fakeRouterDeps(calls, { ask: recordingAsk(calls) }));
    const result = await router.handle("chi decide il recesso?", context({ boundUnione: "terre-d-acqua" }));
    expect(result.type).toBe("answer");
    expect(calls).toEqual(["ask:chi decide il recesso?:unione"]);
  });

  it("asks for a question when `chiedi` has none", async () => {
    const result = await createCommandRouter(fakeRouterDeps()).handle("chiedi   ", context());
    expect(result).toMatchObject({ type: "message", level: "warning" });
  });

  it("refuses admin commands to non-admins and runs them for admins", async () => {
    const calls: string[] = [];
    const router = createCommandRouter(fakeRouterDeps(calls));
    const refused = await router.handle("collega terre del delta", context());
    expect(refused.type === "message" && refused.text).toMatch(/riservato agli amministratori/);
    expect(calls).toEqual([]);
    const done = await router.handle("collega terre del delta", context({ isAdmin: true }));
    expect(done.type === "message" && done.text).toMatch(/collegato a \*Unione Terre del Delta\*/);
    expect(calls).toEqual(["bind:C1:terre-del-delta"]);
  });

  it("never shows another Unione's status in a bound channel", async () => {
    const calls: string[] = [];
    const router = createCommandRouter(fakeRouterDeps(calls, { status: recordingStatus(calls) }));
    const result = await router.handle("stato delta", context({ boundUnione: "terre-d-acqua", isAdmin: true }));
    expect(result).toMatchObject({ type: "message", level: "error" });
    expect(calls).toEqual([]);
    const own = await router.handle("stato", context({ boundUnione: "terre-d-acqua" }));
    expect(own.type === "status" && own.report.unione.id).toBe("terre-d-acqua");
    expect(calls).toEqual(["status:terre-d-acqua"]);
  });

  it("never resolves a bound Unione whose record is gone to a similarly named one (status with a loose-matching service)", async () => {
    const deps = fakeRouterDeps([], { status: recordingStatus([]) });
    const looseStatus = deps.status.status;
    // Like the real service: exact id first, then a loose name.
    deps.status = {
      ...deps.status,
      status: (id, today) => looseStatus(deps.records.get(id)?.id ?? deps.records.resolve(id)?.id ?? id, today),
    };
    const result = await createCommandRouter(deps).handle("stato", context({ boundUnione: "terre-delta" }));
    expect(result).toMatchObject({ type: "message", level: "warning" });
    expect(result.type === "message" && result.text).toMatch(
      /collegato all'Unione «terre-delta», ma i suoi dati non risultano caricati/,
    );
  });

  it("names in a bound channel only the skipped files it may see when an admin rebuilds the index there", async () => {
    const calls: string[] = [];
    const deps = fakeRouterDeps(calls);
    const skipped = [
      { path: "unioni/terre-del-delta/delibera-riservata.pdf", reason: "PDF senza testo" },
      { path: "unioni/terre-d-acqua/statuto.pdf", reason: "PDF senza testo" },
      { path: "law/legge.pdf", reason: "file troppo grande" },
    ];
    deps.index = recordingIndex(calls, { added: 0, unchanged: 3, skipped, pages: 3, chunks: 9, seconds: 0.1 });
    const router = createCommandRouter(deps);
    const bound = await router.handle("aggiorna-indice", context({ boundUnione: "terre-d-acqua", isAdmin: true }));
    const text = bound.type === "reindex" ? bound.text : "";
    expect(text).toContain("unioni/terre-d-acqua/statuto.pdf");
    expect(text).toContain("law/legge.pdf");
    expect(text).not.toContain("terre-del-delta");
    expect(text).toMatch(/Un file saltato di un'altra Unione non è elencato qui/);
    const direct = await router.handle("aggiorna-indice", context({ channel: "D1", isAdmin: true }));
    expect(direct.type === "reindex" && direct.text).toContain("unioni/terre-del-delta/delibera-riservata.pdf");
    expect(calls).toEqual(["ingest", "ingest"]);
  });

  it("shows non-admins in unbound channels only the fictional example, with an explanation", async () => {
    const calls: string[] = [];
    const result = await createCommandRouter(fakeRouterDeps(calls, { status: recordingStatus(calls) })).handle(
      "status",
      context(),
    );
    expect(result.type).toBe("status-summary");
    if (result.type !== "status-summary") return;
    expect(result.reports.map((report) => report.unione.id)).toEqual(["unione-esempio"]);
    expect(result.notice).toMatch(/non è collegato/);
    expect(calls).toEqual(["summary:public", "status:unione-esempio"]);
    const real = await createCommandRouter(fakeRouterDeps()).handle("stato terre del delta", context());
    expect(real).toMatchObject({ type: "message", level: "error" });
  });

  it("keeps the example out of a channel bound to a real Unione", async () => {
    const result = await createCommandRouter(fakeRouterDeps()).handle(
      "stato unione-esempio",
      context({ boundUnione: "terre-d-acqua" }),
    );
    expect(result).toMatchObject({ type: "message", level: "error" });
  });

  it("drafts for the example from an unbound channel with the example's narrow scope", async () => {
    const calls: string[] = [];
    const result = await createCommandRouter(fakeRouterDeps(calls, { drafts: recordingDrafts(calls) })).handle(
      "bozza piano formativo unione-esempio",
      context(),
    );
    expect(result.type).toBe("draft");
    expect(calls).toEqual(["draft:piano-formativo:null:unione-esempio:null:unione"]);
  });

  it("suggests names for an unknown Unione", async () => {
    const result = await createCommandRouter(fakeRouterDeps()).handle(
      "stato terre del pianto",
      context({ isAdmin: true }),
    );
    expect(result.type === "message" && result.text).toMatch(
      /Non conosco un'Unione chiamata "terre del pianto".*terre-del-delta/,
    );
  });

  it("resolves draft words in any order and keeps the rest as instructions", async () => {
    const calls: string[] = [];
    const router = createCommandRouter(fakeRouterDeps(calls, { drafts: recordingDrafts(calls) }));
    const result = await router.handle(
      "bozza convenzione delta vigili riparto 50% popolazione",
      context({ isAdmin: true }),
    );
    expect(result.type === "draft" && result.fileName).toBe("bozza-convenzione-polizia-locale-terre-del-delta.docx");
    expect(calls).toEqual(["draft:convenzione:polizia-locale:terre-del-delta:riparto 50% popolazione:all"]);
  });

  it("lists the act types when the type is unknown, and names a mistyped Unione", async () => {
    const router = createCommandRouter(fakeRouterDeps([], { drafts: recordingDrafts([]) }));
    const unknownType = await router.handle("bozza delibera", context({ isAdmin: true }));
    expect(unknownType.type === "message" && unknownType.text).toMatch(/Tipi disponibili: `convenzione`/);
    const unknownUnione = await router.handle(
      "bozza convenzione protezione civile bassa romagna",
      context({ isAdmin: true }),
    );
    expect(unknownUnione.type === "message" && unknownUnione.text).toMatch(
      /Non conosco un'Unione chiamata "bassa romagna"/,
    );
  });

  it("updates a record of the bound Unione for an admin", async () => {
    const calls: string[] = [];
    const result = await createCommandRouter(fakeRouterDeps(calls, { updates: recordingUpdates(calls) })).handle(
      "aggiorna protezione-civile staff_transferred si",
      context({ isAdmin: true, boundUnione: "terre-del-delta" }),
    );
    expect(result.type === "message" && result.text).toMatch(
      /Aggiornato Unione Terre del Delta · protezione-civile · staff_transferred/,
    );
    expect(calls).toEqual(["update:terre-del-delta:protezione-civile:staff_transferred:si"]);
  });
});

describe("command router: typed commands, feedback and strict fakes", () => {
  const operator = context({ transport: "cli", channel: null, isAdmin: true, scope: { kind: "all" } });

  it("fails the test loudly when a service call was not scripted", async () => {
    const router = createCommandRouter(fakeRouterDeps());
    await expect(router.handle("chi decide il recesso?", context())).rejects.toBeInstanceOf(UnscriptedCall);
  });

  it("runs the command line's typed ask within one Unione, and throws refusals for exit codes", async () => {
    const calls: string[] = [];
    const router = createCommandRouter(fakeRouterDeps(calls, { ask: recordingAsk(calls) }));
    const result = await router.execute({ name: "ask", question: "chi decide?", unione: "delta" }, operator);
    expect(result.type).toBe("answer");
    expect(calls).toEqual(["ask:chi decide?:unione"]);
    await expect(router.execute({ name: "status", unione: "terre del pianto" }, operator)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(router.execute({ name: "bind", unione: "delta" }, context())).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("gives the 👍/👎 answer id only when the request asks for it, counts every answer in stats, and counts votes", async () => {
    const calls: string[] = [];
    const feedback = createFeedbackStore(openMemoryDatabase());
    const router = createCommandRouter(fakeRouterDeps(calls, { ask: recordingAsk(calls), feedback }));
    const plain = await router.handle("chi decide?", context());
    expect(plain.type === "answer" && plain.answerId).toBeUndefined();
    const recorded = await router.handle("chi decide?", context({ recordAnswer: true }));
    const answerId = recorded.type === "answer" ? recorded.answerId : null;
    expect(answerId).toEqual(expect.any(String));
    expect(router.vote({ answerId: answerId!, user: "U2", vote: "up" })).toEqual({ up: 1, down: 0 });
    expect(router.vote({ answerId: "sconosciuta", user: "U2", vote: "up" })).toBeNull();
    // Stats count the questions of every transport, not only those with buttons.
    expect(feedback.stats().questions).toBe(2);
  });

  it("lists on App Home only the Unioni bound to the user's channels, unless admin", async () => {
    const calls: string[] = [];
    const deps = fakeRouterDeps(calls, { status: recordingStatus(calls) });
    deps.bindings.bind("CACQUA", "terre-d-acqua", "UADMIN");
    const router = createCommandRouter(deps);
    const today = new Date("2024-06-01T00:00:00Z");
    const member = router.home({ isAdmin: false, channels: new Set(["CACQUA"]), today });
    expect(member.map((entry) => entry.unione.id)).toEqual([]);
    expect(calls).toContain("summary:unione");
    const admin = router.home({ isAdmin: true, channels: new Set(["CACQUA"]), today });
    expect(admin[0]).toMatchObject({ unione: { id: "terre-d-acqua" }, bound: true });
    expect(router.boundUnione("CACQUA")).toBe("terre-d-acqua");
  });
});
