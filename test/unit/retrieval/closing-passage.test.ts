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

  it("is not a regulation's article on when it takes effect and how it is published", () => {
    // Tried: "da quando entra in vigore il regolamento?" ranked this article twelfth, below passages that say only
    // "vigore": its "esecutività" and "pubblicazione" made it look like an act's closing block.
    const article = [
      "Articolo 68 - Entrata in vigore e forme di pubblicità",
      "1. Il presente regolamento entra in vigore il quindicesimo giorno successivo alla data di esecutività della deliberazione consiliare di approvazione.",
      "2. Il presente regolamento è reso pubblico mediante pubblicazione all’albo pretorio informatico.",
    ].join("\n");
    expect(isClosingPassage(article)).toBe(false);
    // Its numbered commi alone, with a third on the certificate of publication, are still rules.
    const commi = [...article.split("\n").slice(1), "3. Copia è attestata conforme e pubblicata all'albo."];
    expect(isClosingPassage(commi.join("\n"))).toBe(false);
  });

  it("is not an act about an 'attestazione' or a 'certificato': only attesting its own publication or enforceability", () => {
    // Tried: the act on the "attestazione di inutilizzabilità dei veicoli" was ranked down page after page as if it
    // were its own certificate of publication.
    const decision = [
      "DELIBERA",
      "Di approvare la disciplina per il rilascio dell’attestazione di inutilizzabilità dei veicoli fuori uso;",
      "- Di stabilire che l'attestazione è rilasciata previo accertamento tecnico;",
      "- Di approvare il modulo di richiesta dell'attestazione e del certificato di rottamazione.",
    ].join("\n");
    expect(isClosingPassage(decision)).toBe(false);
    const certificate = [
      "CERTIFICATO DI ESECUTIVITÀ",
      "Si certifica che la presente deliberazione è divenuta esecutiva in data 31/03/2026",
      "ATTESTAZIONE DI PUBBLICAZIONE ALL'ALBO PRETORIO INFORMATICO",
      "Copia conforme all’originale.",
    ].join("\n");
    expect(isClosingPassage(certificate)).toBe(true);
  });
});
