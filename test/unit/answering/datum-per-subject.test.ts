import { describe, expect, it } from "vitest";
import { analyzeQuestion } from "../../../src/answering/question-analysis.js";
import type { Source } from "../../../src/core/types.js";
import { composeQuestion } from "../../support/compose-question.js";

const plan = (id: string, page: number, text: string): Source => ({
  id,
  path: "documenti/albo/Delibera_4__5334_PIANO_RACCOLTA_2.pdf",
  title: "Piano comunale della raccolta differenziata",
  kind: "document",
  unione: null,
  article: null,
  page,
  score: 1,
  text,
});

const glass = plan(
  "p5",
  5,
  "• La frazione Vetro viene ritirata una volta a settimana il Giovedì porta a porta con sei operatori.",
);
const plastic = plan(
  "p4",
  4,
  "• La frazione Plastica e Banda Stagnata viene ritirata due volte a settimana (Martedì e Venerdì) porta a porta.",
);
const overview = plan(
  "p6",
  6,
  "a) Raccolta differenziata. È effettuato il servizio di raccolta porta a porta di carta, plastica e vetro.",
);

describe("a datum asked of several things at once", () => {
  it("reads the things the question joins with 'e'", () => {
    expect(analyzeQuestion("plastica e vetro che giorni li ritirano?").coordinated).toEqual([["plastic", "vetr"]]);
    expect(analyzeQuestion("che giorni ritirano il vetro?").coordinated).toEqual([]);
    expect(analyzeQuestion("quanto è stato liquidato sull'impegno 219 e quanto sul 220?").coordinated).toEqual([
      ["219", "220"],
    ]);
  });

  it("gets the datum stated beside each of them, each from its own line", () => {
    const answer = composeQuestion("plastica e vetro che giorni li ritirano porta a porta?", [
      glass,
      overview,
      plastic,
    ]);
    // Before, the glass's Thursday alone: the overview names the plastic too, but with no day.
    expect(answer.text).toContain("Giovedì");
    expect(answer.text).toContain("(Martedì e Venerdì)");
  });

  it("takes the row of a table that states the datum beside one of them", () => {
    const budget = plan(
      "b1",
      13,
      "Entrate extratributarie previste nel bilancio 2026.\nTeatro 588 | 26.000,00 | 14.000,00\nMensa 590 | 12.000,00 | 12.000,00",
    );
    const museum = plan("m1", 12, "Il museo incasserà dai biglietti circa 3.000,00 euro nel 2026.");
    const answer = composeQuestion("quanto prevediamo di incassare dal museo e dal teatro nel 2026?", [museum, budget]);
    expect(answer.text).toContain("3.000,00");
    expect(answer.text).toContain("Teatro 588 | 26.000,00");
    expect(answer.text).not.toContain("Mensa");
  });

  it("takes numbers that name the things asked ('sull'impegno 219 e quanto sul 220')", () => {
    const box = (id: string, page: number, number: string, amount: string) =>
      plan(id, page, `N. Impegno Definitivo: ${number} — Importo Impegno: € ${amount} — Esercizio: 2026.`);
    // The second box was found by the search within the act: it completes the answer, it does not support it.
    const answer = composeQuestion(
      "quanto è stato liquidato sull'impegno 219 e quanto sul 220?",
      [box("b1", 4, "219", "3.264,00"), box("b2", 5, "220", "17.080,00")],
      { completionFrom: 1 },
    );
    expect(answer.text).toContain("€ 3.264,00");
    expect(answer.text).toContain("€ 17.080,00");
  });

  it("adds nothing when one thing is asked, or when the answer states the datum beside each already", () => {
    const one = composeQuestion("il vetro che giorni lo ritirano porta a porta?", [glass, overview, plastic]);
    expect(one.text).not.toContain("Plastica");
    const both = plan("p7", 7, "• Plastica il Martedì e vetro il Giovedì, ritirati porta a porta.");
    const stated = composeQuestion("plastica e vetro che giorni li ritirano porta a porta?", [both, plastic, glass]);
    expect(stated.text.split("\n")).toHaveLength(1);
  });

  it("takes a month named with a day asked as the thing asked of a calendar ('ad aprile che giorno è?')", () => {
    // Tried: the answer quoted why the registry opens on Sundays, not the April Sunday of its calendar.
    const act = (id: string, page: number, text: string): Source => ({
      ...plan(id, page, text),
      path: "documenti/albo/Delibera_47__5441_DeliberadiGiunta_Copia_47_2026_1.pdf",
      title: "Delibera di Giunta n. 47 del 31/03/2026",
    });
    const reasons = act(
      "a2",
      2,
      "Le carte d'identità cartacee valgono fino al 3 agosto 2026: l'apertura straordinaria domenicale dell'anagrafe permette di ottenere la carta d'identità elettronica anche a chi lavora.",
    );
    const calendar = act(
      "a3",
      3,
      "Calendario aperture: APRILE domenica 12 dalle ore 09:00 alle ore 13:00; MAGGIO domenica 17 dalle ore 09:00 alle ore 13:00;",
    );
    const answer = composeQuestion(
      "anagrafe aperta di domenica per la carta d'identita elettronica: ad aprile che giorno e?",
      [reasons, calendar],
    );
    expect(answer.text).toContain("APRILE domenica 12");
  });
});
