/**
 * How admin lines typed in chat are read. Tried: `/unione aggiorna terre-del-delta unione note X` (answered with
 * the usage text before), the same with a loose name ("delta unione note …"), a line missing its value, and
 * `/unione collega` / `scollega` in a direct message (answered "Fatto" while binding nothing).
 */
import { describe, expect, it } from "vitest";
import { createCommandRouter } from "../../../src/commands/router.js";
import type { RequestContext } from "../../../src/core/types.js";
import { fakeRouterDeps, recordingUpdates } from "../../support/fake-router-deps.js";

function admin(overrides: Partial<RequestContext> = {}): RequestContext {
  return {
    requestId: "r1",
    transport: "slack",
    user: "UADMIN",
    channel: "D1",
    isAdmin: true,
    boundUnione: null,
    directMessage: true,
    scope: { kind: "all" },
    ...overrides,
  };
}

async function textOf(line: string, context: RequestContext = admin()): Promise<{ text: string; calls: string[] }> {
  const calls: string[] = [];
  const router = createCommandRouter(fakeRouterDeps(calls, { updates: recordingUpdates(calls) }));
  const result = await router.handle(line, context);
  return { text: result.type === "message" ? result.text : "", calls };
}

describe("aggiorna", () => {
  it.each([
    ["aggiorna terre-del-delta unione note X", "update:terre-del-delta:null:note:X"],
    ["aggiorna delta unione note Nota di prova", "update:terre-del-delta:null:note:Nota di prova"],
    ["aggiorna Unione Terre del Delta unione nota Testo", "update:terre-del-delta:null:nota:Testo"],
    [
      "aggiorna terre del delta protezione-civile stato attiva",
      "update:terre-del-delta:protezione-civile:stato:attiva",
    ],
  ])("'%s' updates the right field", async (line, call) => {
    const { text, calls } = await textOf(line);
    expect(calls).toEqual([call]);
    expect(text).toMatch(/^Aggiornato /);
  });

  it("says exactly what is missing instead of only the usage text", async () => {
    const { text, calls } = await textOf("aggiorna terre-del-delta note X");
    expect(calls).toEqual([]);
    expect(text).toMatch(/^Manca il valore \(dopo l'Unione hai scritto «note X»\)/);
    expect(text).toContain("unione note");
  });
});

describe("collega and scollega in a direct message", () => {
  it.each(["collega terre-del-delta", "scollega"])("'%s' explains that a DM cannot be bound", async (line) => {
    const { text, calls } = await textOf(line);
    expect(text).toMatch(/Un messaggio diretto non si può collegare/);
    expect(calls).toEqual([]);
  });

  it("still binds a channel", async () => {
    const { text, calls } = await textOf("collega terre-del-delta", admin({ channel: "CDELTA", directMessage: false }));
    expect(text).toMatch(/^Fatto: questo canale è collegato/);
    expect(calls).toEqual(["bind:CDELTA:terre-del-delta"]);
  });
});
