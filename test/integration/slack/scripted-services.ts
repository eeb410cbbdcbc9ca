/**
 * The real command router over recording fakes (test/support/fake-router-deps.ts), scripted for what the Slack
 * tests exercise: an ask service whose sources depend on the scope (so tests can see what each channel may read),
 * status, drafts, updates and the index; bindings and feedback are the harness's real SQLite stores.
 */
import type { CommandRouter } from "../../../src/commands/command-router.js";
import { createCommandRouter } from "../../../src/commands/router.js";
import type { RouterDeps } from "../../../src/commands/router-deps.js";
import type { AccessScope, AskResult, Source } from "../../../src/core/types.js";
import type { BindingStore } from "../../../src/records/binding-store.js";
import type { FeedbackStore } from "../../../src/records/feedback-store.js";
import {
  fakeRouterDeps,
  recordingDrafts,
  recordingIndex,
  recordingStatus,
  recordingUpdates,
} from "../../support/fake-router-deps.js";

export function lawSource(article: string, page: number | null = null): Source {
  return {
    id: `law-${article}`,
    path: "law/lr-21-2012.md",
    title: "L.R. 21/2012",
    kind: "law",
    unione: null,
    article,
    page,
    score: 0.9,
    text: "testo della legge",
  };
}

export function recordSource(unione: string): Source {
  return {
    id: `rec-${unione}`,
    path: `unioni/${unione}/record.yaml`,
    title: `Scheda ${unione}`,
    kind: "record",
    unione,
    article: null,
    page: null,
    score: 0.8,
    text: "dati",
  };
}

export function scopedAnswer(question: string, scope: AccessScope): AskResult {
  const records = ["terre-del-delta", "terre-d-acqua"]
    .filter((unione) => scope.kind === "all" || (scope.kind === "unione" && scope.unione === unione))
    .map(recordSource);
  return {
    answer: `Risposta: ${question}`,
    mode: "extractive",
    found: true,
    sources: [lawSource("art. 24 c.2", 3), ...records],
  };
}

export interface HarnessStores {
  bindings: BindingStore;
  feedback: FeedbackStore;
}

export interface ScriptedRouter {
  calls: string[];
  /** Context history of each ask, in order. */
  histories: unknown[];
  /** `overrides`: services a test scripts itself (e.g. a status service with gaps for App Home). */
  build(stores: HarnessStores, overrides?: Partial<RouterDeps>): CommandRouter;
  /** Replaces the next answers (e.g. a very long one). */
  answerWith?: (question: string, scope: AccessScope) => AskResult;
  /** Makes every answer wait until the returned function is called: the work is "still running". */
  hold(): () => void;
}

export function scriptedRouter(): ScriptedRouter {
  let held: Promise<void> | null = null;
  const scripted: ScriptedRouter = {
    calls: [],
    histories: [],
    hold() {
      let release: () => void = () => undefined;
      held = new Promise<void>((resolve) => {
        release = resolve;
      });
      return () => {
        held = null;
        release();
      };
    },
    build(stores, overrides = {}) {
      const calls = scripted.calls;
      const deps = fakeRouterDeps(calls, {
        bindings: stores.bindings,
        feedback: stores.feedback,
        status: recordingStatus(calls),
        drafts: recordingDrafts(calls),
        updates: recordingUpdates(calls),
        index: recordingIndex(calls),
        ...overrides,
      });
      deps.ask = {
        async ask(question, options) {
          scripted.calls.push(
            `ask:${question}:${options.scope.kind === "unione" ? options.scope.unione : options.scope.kind}`,
          );
          scripted.histories.push(options.history ?? null);
          if (held) await held;
          return (scripted.answerWith ?? scopedAnswer)(question, options.scope);
        },
      };
      return createCommandRouter({ ...deps, ...overrides });
    },
  };
  return scripted;
}
