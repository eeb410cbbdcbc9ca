/**
 * A quote of the law names its rule after the fact, in the answer text, unless the quote names it already. Tried: a
 * quote whose subject is the rule ("È la base…"), quotes naming their comma or article, "art. 19" beside "art. 1",
 * "c.4-bis" beside "c.4", and a passage of an act (never labelled this way).
 */
import { describe, expect, it } from "vitest";
import { ruleCited } from "../../../src/answering/rule-citation.js";
import type { Source } from "../../../src/core/types.js";
import { composeQuestion } from "../../support/compose-question.js";

const rule = (title: string, article: string | null): Source => ({
  id: "x",
  path: "law/x.md",
  title,
  kind: "law",
  unione: null,
  article,
  page: null,
  score: 1,
  text: "",
});

describe("ruleCited", () => {
  it("names the law and the comma after a quote that does not", () => {
    expect(ruleCited(rule("D.L. 78/2010", "art. 14 c.31-quinquies"), "È la base della programmazione integrata.")).toBe(
      " (D.L. 78/2010, art. 14 c.31-quinquies)",
    );
    expect(ruleCited(rule("L.R. 21/2012", "art. 1"), "Vale l'art. 19 per la durata.")).toBe(" (L.R. 21/2012, art. 1)");
    expect(ruleCited(rule("L.R. 21/2012", "art. 24 c.4"), "Il c.4-bis prevede un'eccezione.")).toBe(
      " (L.R. 21/2012, art. 24 c.4)",
    );
  });

  it("adds nothing when the quote names its rule, or to an act", () => {
    expect(ruleCited(rule("L.R. 21/2012", "art. 24 c.5"), "Il c.5 chiede inoltre che la Giunta…")).toBe("");
    expect(ruleCited(rule("D.Lgs. 267/2000", "art. 32"), "L'art. 32 definisce l'Unione di comuni.")).toBe("");
    const act = { ...rule("Delibera di Giunta n. 42", null), kind: "document" as const, page: 2 };
    expect(ruleCited(act, "di approvare il piano.")).toBe("");
  });
});

describe("an answer quoting two rules", () => {
  it("names the rule of each quote, not only of the first", () => {
    // Tried: the second quote named no law, and "la legge Delrio che numero ha?" was answered without "56/2014".
    const delrio = {
      ...rule("L. 56/2014", "art. 1 c.104"),
      id: "delrio",
      text: "Quando un atto cita la legge Delrio per le Unioni di comuni, si riferisce a questi commi.",
    };
    const regional = {
      ...rule("L.R. 21/2012", "art. 19"),
      id: "lr",
      path: "law/lr.md",
      text: "Lo statuto fissa la durata delle Unioni di comuni: almeno dieci anni.",
    };
    const answer = composeQuestion("legge delrio e unioni di comuni: quanti anni durano?", [delrio, regional]);
    expect(answer.text).toContain("si riferisce a questi commi. (L. 56/2014, art. 1 c.104) [1]");
    expect(answer.text).toContain("almeno dieci anni. (L.R. 21/2012, art. 19) [2]");
  });
});
