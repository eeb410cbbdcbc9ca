import { describe, expect, it } from "vitest";
import { isClosingPassage } from "../../../src/retrieval/closing-passage.js";

describe("an act's closing block", () => {
  it("is recognised by its signatures and certificates", () => {
    const closing = [
      "IL PRESENTE VERBALE VIENE LETTO, APPROVATO, E SOTTOSCRITTO.",
      "CERTIFICATO DI ESECUTIVITÀ",
      "Si certifica che la presente deliberazione è divenuta esecutiva in data 07/05/2026 in quanto:",
      "[X] Dichiarata immediatamente eseguibile dall'Organo deliberante.",
      "Avella (AV), 07/05/2026",
      "Copia conforme all'originale.",
      "VICESINDACO",
      "f.to Anna Alaia",
      "Il Vice Segretario Comunale f.to Avv. Massimiliano Sorriento",
    ].join("\n");
    expect(isClosingPassage(closing)).toBe(true);
  });

  it("is not a passage that decides something, even when it is signed", () => {
    const decree = [
      "1) Di RINNOVARE la nomina di Vice Segretario al dipendente Avv. Massimiliano SORRIENTO;",
      "2) Di stabilire che il Vice Segretario sostituisce il Segretario in caso di assenza o impedimento;",
      "3) Di trasmettere il presente decreto all'interessato;",
      "4) Di pubblicare il presente decreto all'Albo pretorio;",
      "5) Di dare atto che l'incarico dura fino alla scadenza del mandato;",
      "Il Sindaco f.to Dott. Vincenzo Biancardi",
    ].join("\n");
    expect(isClosingPassage(decree)).toBe(false);
    // Bad input: an empty or two-line passage is nothing to judge.
    expect(isClosingPassage("")).toBe(false);
    expect(isClosingPassage("f.to Rossi\nCopia conforme")).toBe(false);
  });
});
