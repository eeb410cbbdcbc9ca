import { describe, expect, it } from "vitest";
import { renderStatsText } from "../../../src/commands/stats-text.js";
import type { AskResult } from "../../../src/core/types.js";
import { createBindingStore } from "../../../src/records/binding-store.js";
import { openMemoryDatabase } from "../../../src/records/database.js";
import { createFeedbackStore } from "../../../src/records/feedback-store.js";

function answer(found: boolean, paths: string[]): AskResult {
  return {
    answer: "a",
    mode: "extractive",
    found,
    sources: paths.map((path, index) => ({
      id: `${index}`,
      path,
      title: `Titolo ${path}`,
      kind: "law",
      unione: null,
      article: null,
      page: null,
      score: 1,
      text: "testo del passaggio",
    })),
  };
}

describe("binding store", () => {
  it("binds, rebinds, lists and unbinds a channel, recording who and when", () => {
    let now = new Date("2024-07-01T09:00:00Z");
    const store = createBindingStore(openMemoryDatabase(), () => now);
    expect(store.boundUnione("C1")).toBeNull();
    store.bind("C1", "terre-del-delta", "UADMIN");
    expect(store.get("C1")).toEqual({
      channel: "C1",
      unione: "terre-del-delta",
      boundBy: "UADMIN",
      boundAt: "2024-07-01T09:00:00.000Z",
    });
    now = new Date("2024-07-02T09:00:00Z");
    store.bind("C1", "terre-d-acqua", "UOTHER");
    store.bind("C2", "terre-d-acqua", "UADMIN");
    expect(store.boundUnione("C1")).toBe("terre-d-acqua");
    expect(store.list()).toEqual([
      { channel: "C1", unione: "terre-d-acqua" },
      { channel: "C2", unione: "terre-d-acqua" },
    ]);
    expect(store.channelsOf("terre-d-acqua")).toEqual(["C1", "C2"]);
    expect(store.unbind("C1", "UADMIN")).toBe(true);
    expect(store.unbind("C1", "UADMIN")).toBe(false);
    expect(store.events("C1").map((event) => `${event.action}:${event.unione}:${event.user}`)).toEqual([
      "bind:terre-del-delta:UADMIN",
      "bind:terre-d-acqua:UOTHER",
      "unbind:terre-d-acqua:UADMIN",
    ]);
  });

  it("refuses an empty channel or Unione instead of storing garbage", () => {
    const store = createBindingStore(openMemoryDatabase());
    expect(() => store.bind("", "x", "U")).toThrow();
    expect(() => store.bind("C", "  ", "U")).toThrow();
  });

  it("survives being opened twice on the same database (tables created once)", () => {
    const database = openMemoryDatabase();
    createBindingStore(database).bind("C1", "x", "U");
    expect(createBindingStore(database).boundUnione("C1")).toBe("x");
  });
});

describe("feedback store", () => {
  it("counts questions, not-found rate and votes per source; a user's new vote replaces the old", () => {
    const store = createFeedbackStore(openMemoryDatabase());
    const first = store.recordAnswer({
      question: "q1",
      result: answer(true, ["law/a.md", "law/b.md", "law/a.md"]),
      user: "U1",
      channel: "C",
    });
    const second = store.recordAnswer({ question: "q2", result: answer(true, ["law/a.md"]), user: "U2", channel: "C" });
    store.recordAnswer({ question: "q3", result: answer(false, []), user: "U3", channel: "C" });
    expect(store.recordFeedback({ answerId: first, user: "U1", vote: "up" })).toBe(true);
    expect(store.recordFeedback({ answerId: first, user: "U2", vote: "down" })).toBe(true);
    expect(store.recordFeedback({ answerId: first, user: "U2", vote: "up" })).toBe(true);
    expect(store.recordFeedback({ answerId: second, user: "U1", vote: "down" })).toBe(true);
    expect(store.recordFeedback({ answerId: "unknown", user: "U1", vote: "up" })).toBe(false);
    expect(store.votesFor(first)).toEqual({ up: 2, down: 0 });
    const stats = store.stats();
    expect(stats).toMatchObject({ questions: 3, answered: 2, notFound: 1, up: 2, down: 1 });
    expect(stats.notFoundRate).toBeCloseTo(1 / 3);
    expect(stats.perSource).toEqual([
      { path: "law/a.md", title: "Titolo law/a.md", up: 2, down: 1 },
      { path: "law/b.md", title: "Titolo law/b.md", up: 2, down: 0 },
    ]);
  });

  it("never stores the passage text of sources", () => {
    const database = openMemoryDatabase();
    createFeedbackStore(database).recordAnswer({
      question: "q",
      result: answer(true, ["law/a.md"]),
      user: null,
      channel: null,
    });
    const row = database.prepare("SELECT sources FROM answers").get() as { sources: string };
    expect(row.sources).not.toContain("testo del passaggio");
  });

  it("renders the stats in Italian with Italian numbers, also when empty", () => {
    const empty = renderStatsText(createFeedbackStore(openMemoryDatabase()).stats());
    expect(empty).toContain("Domande ricevute: 0");
    expect(empty).toContain("0,00%");
    expect(empty).toContain("Nessun riscontro");
    const text = renderStatsText({
      questions: 12_345,
      answered: 12_000,
      notFound: 345,
      notFoundRate: 345 / 12_345,
      up: 3,
      down: 1,
      perSource: [{ path: "law/a.md", title: "L.R.", up: 3, down: 1 }],
    });
    expect(text).toContain("12.345");
    expect(text).toContain("2,79%");
    expect(text).toContain("- L.R. (law/a.md): 👍 3 · 👎 1");
  });
});
