import { describe, expect, it } from "vitest";
import type { CommandResult } from "../../../src/commands/command-result.js";
import type { AskResult, Source } from "../../../src/core/types.js";
import type { Draft } from "../../../src/drafting/draft-types.js";
import { dashboardFor } from "../../../src/readiness/dashboard.js";
import type { StatusReport } from "../../../src/readiness/report-types.js";
import { answerBlocks } from "../../../src/transport/slack/blocks/answer-blocks.js";
import type { KnownBlock } from "../../../src/transport/slack/blocks/block-kit.js";
import { draftBlocks } from "../../../src/transport/slack/blocks/draft-blocks.js";
import { helpBlocks } from "../../../src/transport/slack/blocks/help-blocks.js";
import { historyBlocks } from "../../../src/transport/slack/blocks/history-blocks.js";
import { homeView } from "../../../src/transport/slack/blocks/home-view.js";
import { messageBlocks } from "../../../src/transport/slack/blocks/message-blocks.js";
import { renderResult } from "../../../src/transport/slack/blocks/render-result.js";
import { decodeFeedbackValue, encodeFeedbackValue } from "../../../src/transport/slack/blocks/reply-controls.js";
import { sourcesBlocks } from "../../../src/transport/slack/blocks/sources-blocks.js";
import { statusBlocks } from "../../../src/transport/slack/blocks/status-blocks.js";
import { statusSummaryBlocks } from "../../../src/transport/slack/blocks/status-summary-blocks.js";

const json = (blocks: KnownBlock[]) => JSON.stringify(blocks);

function source(overrides: Partial<Source> = {}): Source {
  return {
    id: "1",
    path: "law/lr.md",
    title: "L.R. 21/2012",
    kind: "law",
    unione: null,
    article: "art. 24 c.4",
    page: 12,
    score: 1,
    text: "t",
    ...overrides,
  };
}

function report(overrides: Partial<StatusReport> = {}): StatusReport {
  return {
    unione: { id: "terre-del-delta", name: "Unione Terre del Delta" },
    ready: false,
    functions: [
      { id: "protezione-civile", name: "Protezione civile", counts: true, reasons: [] },
      {
        id: "polizia-locale",
        name: "Polizia locale",
        counts: false,
        reasons: ["Non conferita da Goro (L.R. 21/2012 art. 24 c.2)"],
      },
    ],
    counted: 1,
    required: 4,
    deliverables: [{ id: "piano", name: "Piano formativo", status: "in_corso" }],
    gaps: [
      {
        rule: "r",
        source: "L.R. 21/2012 art. 24 c.2",
        message: "Goro non ha conferito",
        action: "Far deliberare Goro",
      },
    ],
    deadline: "2024-09-01",
    daysToDeadline: 63,
    as_of: "2024-06-30",
    ...overrides,
  };
}

function assertWithinLimits(blocks: KnownBlock[]): void {
  expect(blocks.length).toBeLessThanOrEqual(50);
  for (const block of blocks) {
    const text = (block as { text?: { text: string } }).text?.text ?? "";
    expect(text.length).toBeLessThanOrEqual(3_000);
  }
}

describe("answer blocks", () => {
  const result: AskResult = {
    answer: "Sì, tutti i Comuni <b>.",
    mode: "extractive",
    found: true,
    sources: [source(), source({ title: "Modello", kind: "template", article: null, page: null })],
  };

  it("numbers the sources with title, article and page, and escapes the answer", () => {
    const message = answerBlocks(result, { answerId: "a1", shareId: "r1" });
    const text = json(message.blocks);
    expect(text).toContain("*1.* L.R. 21/2012, art. 24 c.4, p. 12 — _Normativa_");
    expect(text).toContain("*2.* Modello — _Modello di atto_");
    expect(text).toContain("&lt;b&gt;");
    expect(text).toContain("feedback_up");
    expect(text).toContain("share_reply");
    expect(message.text).toContain("[1] L.R. 21/2012");
  });

  it("has no sources section and no share button when nothing was found or nothing is cached", () => {
    const message = answerBlocks(
      { answer: "Non ho trovato nulla.", mode: "extractive", found: false, sources: [] },
      { answerId: "a" },
    );
    expect(json(message.blocks)).not.toContain("*Fonti*");
    expect(json(message.blocks)).not.toContain("share_reply");
  });

  it("shows a notice when the model failed", () => {
    expect(json(answerBlocks({ ...result, notice: "Il modello non ha risposto" }).blocks)).toContain(
      "ℹ️ Il modello non ha risposto",
    );
  });

  it("a 200.000-character answer stays within 50 blocks of at most 3000 characters, keeping sources and buttons", () => {
    const message = answerBlocks(
      { ...result, answer: "Frase molto lunga. ".repeat(11_000) },
      { answerId: "a", shareId: "s" },
    );
    assertWithinLimits(message.blocks);
    expect(json(message.blocks)).toContain("*Fonti*");
    expect(message.blocks.at(-1)?.type).toBe("actions");
  });
});

describe("status blocks", () => {
  it("shows readiness, counted/required, functions with ✅/❌ and reasons, deliverables, gaps with source, deadline", () => {
    const text = json(statusBlocks(report()).blocks);
    expect(text).toContain("Non ancora pronta");
    // The report counts one function: the noun and the verb agree with it.
    expect(text).toContain("1 funzione su 4 richieste conta ai fini regionali");
    expect(text).toContain("✅ *Protezione civile*");
    expect(text).toContain("❌ *Polizia locale* — Non conferita da Goro (L.R. 21/2012 art. 24 c.2)");
    expect(text).toContain("🟡 in corso");
    expect(text).toContain("Goro non ha conferito _(L.R. 21/2012 art. 24 c.2)_");
    expect(text).toContain("Far deliberare Goro");
    expect(text).toContain("01/09/2024");
    expect(text).toContain("tra 63 giorni");
    expect(text).toContain("30/06/2024");
  });

  it("says a past deadline is past, and marks the example Unione", () => {
    const text = json(
      statusBlocks(report({ daysToDeadline: -5, ready: true, unione: { id: "x", name: "Esempio", example: true } }))
        .blocks,
    );
    expect(text).toContain("scaduta da 5 giorni");
    expect(text).toContain("Pronta");
    expect(text).toContain("esempio fittizio");
  });

  it("a report with 300 functions stays within the limits", () => {
    const functions = Array.from({ length: 300 }, (_, index) => ({
      id: `f${index}`,
      name: `Funzione ${index}`,
      counts: false,
      reasons: ["motivo ".repeat(40)],
    }));
    assertWithinLimits(statusBlocks(report({ functions })).blocks);
  });

  it("the summary has one section per Unione with at most 2 gaps", () => {
    const gaps = Array.from({ length: 5 }, (_, index) => ({ rule: "r", source: "art. 1", message: `lacuna ${index}` }));
    const message = statusSummaryBlocks([report({ gaps }), report({ unione: { id: "b", name: "Unione B" } })]);
    const text = json(message.blocks);
    expect(text).toContain("lacuna 1");
    expect(text).not.toContain("lacuna 2");
    expect(text).toContain("altre 3 lacune");
    expect(text).toContain("Unione B");
    expect(statusSummaryBlocks([]).text).toContain("Nessuna Unione");
  });
});

describe("draft, sources, history, help, message, home", () => {
  const draft: Draft = {
    tipo: "convenzione",
    title: "Convenzione Protezione civile",
    unione: "terre-del-delta",
    unioneName: "Unione Terre del Delta",
    funzione: "protezione-civile",
    sections: [1, 2, 3].map((index) => ({
      id: `s${index}`,
      title: `Sezione ${index}`,
      text: `Testo ${index}`,
      sources: ["L.R. 21/2012 art. 21"],
    })),
    missing: ["sede legale", "data della delibera"],
  };

  it("the draft preview shows the title, the first two sections and what is missing", () => {
    const text = json(draftBlocks(draft, { fileNote: "📎 file" }).blocks);
    expect(text).toContain("Bozza: Convenzione Protezione civile");
    expect(text).toContain("Sezione 2");
    expect(text).not.toContain("Sezione 3");
    expect(text).toContain("altre 1 sezioni");
    expect(text).toContain("Da completare (2)");
    expect(text).toContain("data della delibera");
    expect(text).toContain("📎 file");
  });

  it("sources are grouped by kind with passages and pages", () => {
    const text = json(
      sourcesBlocks(
        [
          { path: "law/a.md", title: "Legge", kind: "law", unione: null, chunks: 12, pages: null },
          { path: "unioni/x/delibera.pdf", title: "Delibera", kind: "document", unione: "x", chunks: 3, pages: 7 },
        ],
        "tutte le fonti",
      ).blocks,
    );
    expect(text).toContain("*Normativa*");
    expect(text).toContain("12 passaggi");
    expect(text).toContain("7 pagine");
    expect(text).toContain("tutte le fonti");
  });

  it("history lines show date, user and old → new value", () => {
    const text = json(
      historyBlocks("terre-del-delta", [
        {
          at: "2024-07-01T10:30:00Z",
          user: "U1",
          unione: "terre-del-delta",
          target: "polizia-locale",
          field: "staff_transferred",
          oldValue: null,
          newValue: "si",
        },
      ]).blocks,
    );
    expect(text).toContain("01/07/2024 10:30");
    expect(text).toContain("<@U1>");
    expect(text).toContain("polizia-locale.staff_transferred");
    expect(text).toContain("→ `si`");
  });

  it("help shows admin commands only to admins", () => {
    expect(json(helpBlocks(false).blocks)).not.toContain("collega");
    expect(json(helpBlocks(true).blocks)).toContain("/unione collega");
  });

  it("message blocks add suggestions only when the text does not list them already", () => {
    expect(json(messageBlocks("warning", "Non conosco X.", ["stato", "status"]).blocks)).toContain("Forse intendevi");
    const already = messageBlocks("warning", "Non conosco X. Forse intendevi: `stato`?", ["stato"]);
    expect(json(already.blocks).match(/Forse intendevi/g)).toHaveLength(1);
  });

  it("renderResult covers every result type with a text fallback", () => {
    const results: CommandResult[] = [
      { type: "help", isAdmin: false },
      { type: "message", level: "info", text: "ok" },
      { type: "status", report: report() },
      { type: "status-summary", reports: [report()] },
      { type: "draft", draft, docx: null, fileName: "x.docx" },
      { type: "sources", sources: [], scopeLabel: "x" },
      { type: "history", unione: "x", entries: [] },
      { type: "answer", question: "q", result: { answer: "a", mode: "llm", found: true, sources: [source()] } },
    ];
    for (const result of results) {
      const message = renderResult(result);
      expect(message.text.length).toBeGreaterThan(0);
      assertWithinLimits(message.blocks);
    }
  });

  it("the home view lists Unioni (own first marked), next deadline and top gaps, within 100 blocks", () => {
    const status = { status: () => report(), summary: () => many };
    const many = Array.from({ length: 80 }, (_, index) =>
      report({ unione: { id: `u${index}`, name: `Unione ${index}` } }),
    );
    const entries = dashboardFor(status, { kind: "all" }, "u7", new Date("2024-07-01T00:00:00Z"));
    const view = homeView(entries, { isAdmin: true, today: new Date("2024-07-01T00:00:00Z") });
    expect(view.type).toBe("home");
    expect(view.blocks.length).toBeLessThanOrEqual(100);
    const text = JSON.stringify(view);
    expect(text).toContain("Aggiornato al 01/07/2024");
    expect(text).toContain("Prossima scadenza: 01/09/2024 (tra 63 giorni)");
    expect(text).toContain("Goro non ha conferito");
    expect(text).toContain("altre Unioni omesse");
    expect(JSON.stringify(view.blocks[2])).toContain("Unione 7* · il tuo canale");
  });

  it("the home view says a past deadline is past", () => {
    const entries = dashboardFor(
      { status: () => report(), summary: () => [report({ daysToDeadline: -3 })] },
      { kind: "all" },
      null,
    );
    expect(JSON.stringify(homeView(entries, { isAdmin: false, today: new Date() }))).toContain(
      "Scadenza passata: 01/09/2024",
    );
  });

  it("feedback button values round-trip and reject garbage", () => {
    expect(decodeFeedbackValue(encodeFeedbackValue({ answerId: "a", replyId: "r" }))).toEqual({
      answerId: "a",
      replyId: "r",
    });
    expect(decodeFeedbackValue("not json")).toBeNull();
    expect(decodeFeedbackValue(JSON.stringify({ a: 3 }))).toBeNull();
    expect(decodeFeedbackValue(undefined)).toBeNull();
  });
});
