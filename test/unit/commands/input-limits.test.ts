/**
 * Caps on what a user may type, enforced by the router for every transport. Tried: a 39.000-character
 * `/unione bozza` (the attack that stalled the bot), a 2.500-character question, over-long names and values sent
 * as typed commands from the command line, and the echo of a long unknown name.
 */
import { describe, expect, it } from "vitest";
import { inputLimits } from "../../../src/commands/input-limits.js";
import { createCommandRouter } from "../../../src/commands/router.js";
import { isUnioneError } from "../../../src/core/errors.js";
import type { RequestContext } from "../../../src/core/types.js";
import { fakeRouterDeps, recordingDrafts } from "../../support/fake-router-deps.js";

const context: RequestContext = {
  requestId: "r1",
  transport: "slack",
  user: "U1",
  channel: "D1",
  isAdmin: true,
  boundUnione: null,
  scope: { kind: "all" },
};

/** Digits, spaces and names: what makes quadratic regexes and fuzzy matching slow. */
function adversarialText(length: number): string {
  const pattern = `${"1".repeat(200)} ${" ".repeat(50)}popolazione terre del delta `;
  return pattern.repeat(Math.ceil(length / pattern.length)).slice(0, length);
}

async function refusalOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (isUnioneError(error)) return error.userMessage;
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("input limits in the router", () => {
  it("refuses a 39.000-character draft request with an Italian message, before any service runs", async () => {
    // fakeRouterDeps throws on any unscripted call: reaching drafts.types or drafts.draft would fail the test.
    const calls: string[] = [];
    const router = createCommandRouter(fakeRouterDeps(calls));
    const result = await router.handle(`bozza convenzione ${adversarialText(39_000)}`, context);
    expect(result.type).toBe("message");
    const text = result.type === "message" ? result.text : "";
    expect(text).toContain("troppo lungo");
    expect(text).toContain("39.018 caratteri");
    expect(text).toContain("4.000");
    expect(calls).toEqual([]);
  });

  it("refuses a question longer than 2.000 characters, and keeps the echo of an unknown name short", async () => {
    const router = createCommandRouter(fakeRouterDeps());
    const question = await router.handle(`chiedi ${"parola ".repeat(400)}`, context);
    expect(question.type === "message" && question.text).toMatch(/La domanda è troppo lunga: 2\.799 caratteri/);
    const status = await router.handle(`stato ${"x".repeat(100)}`, context);
    expect(status.type === "message" && status.text.length).toBeLessThan(200);
  });

  it("a draft with long but allowed instructions still reaches the draft service", async () => {
    const calls: string[] = [];
    const router = createCommandRouter(fakeRouterDeps(calls, { drafts: recordingDrafts(calls) }));
    const instructions = adversarialText(1_900).replace(/terre del delta/g, "riparto");
    const result = await router.handle(`bozza convenzione terre-del-delta ${instructions}`, context);
    expect(result.type).toBe("draft");
    expect(calls[0]).toMatch(/^draft:convenzione:null:terre-del-delta:1{200}/);
  });

  it("caps every argument of typed commands from the command line", async () => {
    const router = createCommandRouter(fakeRouterDeps());
    const long = "x".repeat(inputLimits.name + 1);
    expect(await refusalOf(router.execute({ name: "status", unione: long }, context))).toMatch(
      /Il nome dell'Unione è troppo lungo: 121 caratteri, il massimo è 120/,
    );
    const draft = { tipo: "convenzione", istruzioni: "y".repeat(5_000) };
    expect(await refusalOf(router.execute({ name: "draft", request: draft, docx: false }, context))).toMatch(
      /Le istruzioni per la bozza sono troppo lunghe: 5\.000 caratteri/,
    );
    const update = { unione: "terre-del-delta", target: null, field: "note", value: "z".repeat(3_000) };
    expect(await refusalOf(router.execute({ name: "update", update }, context))).toMatch(/Il valore è troppo lungo/);
  });
});
