import { describe, expect, it } from "vitest";
import { tableRowsAnswer } from "../../../src/answering/table-rows.js";
import { analyze } from "../../../src/index-format/italian-analyzer.js";

/** Question terms weighted as the composer weighs them: here every word alike, a rarer one heavier. */
function weightsOf(question: string, rare: string[] = []): Map<string, number> {
  const rareTerms = new Set(rare.flatMap((word) => analyze(word)));
  return new Map(analyze(question).map((term) => [term, rareTerms.has(term) ? 3 : 1]));
}

const budget = [
  "Riepilogo costi da impegnare su bilancio 2026 - 2028",
  "Anno 2026 | Anno 2027 | Anno 2028",
  "1188/11 | Carburanti per automezzi | 10.000,00 € | 11.000,00 € | 12.100,00 €",
  "1188/13 | Canone di attraversamento circumvesuviana | 15.000,00 € | 15.000,00 € | 15.000,00 €",
  "1188/14 | Canone di attraversamento ANAS | 10.000,00 € | 10.000,00 € | 10.000,00 €",
  "1189/9 | Energia elettrica pozzi | 373.000,00 € | 373.000,00 € | 373.000,00 €",
].join("\n");

const tariffs = [
  "UTENZE DOMESTICHE:",
  "N. componenti | Quota fissa (€/mq/anno) | Quota variabile (€/anno)",
  "1 | 0,74 | 139,998",
  "2 | 0,75 | 259,998",
  "3 | 0,76 | 369,998",
  "4 | 0,77 | 475,998",
  "UTENZE NON DOMESTICHE:",
  "Categoria attività | Quota fissa | Quota variabile",
  "4 | Campeggi, distributori carburanti, impianti sportivi | 3,55 | 7,959",
].join("\n");

describe("the rows of a table that answer", () => {
  it("quotes the row naming what is asked under the line naming the columns", () => {
    const question = "quanto mettiamo ogni anno per il canone di attraversamento della circumvesuviana?";
    expect(tableRowsAnswer(budget, weightsOf(question, ["circumvesuviana"]))).toBe(
      "Anno 2026 | Anno 2027 | Anno 2028\n1188/13 | Canone di attraversamento circumvesuviana | 15.000,00 € | 15.000,00 € | 15.000,00 €",
    );
  });

  it("quotes one row per thing asked, and no row that only repeats a word already answered", () => {
    const question = "canone di attraversamento della circumvesuviana? e quello anas?";
    const rows = tableRowsAnswer(budget, weightsOf(question, ["circumvesuviana", "anas"]))!.split("\n");
    expect(rows).toHaveLength(3);
    expect(rows[2]).toMatch(/^1188\/14 \| Canone di attraversamento ANAS/);
    // "canone" alone names the ANAS row too: without "anas" asked, that row adds nothing.
    const one = tableRowsAnswer(budget, weightsOf("canone della circumvesuviana?", ["circumvesuviana"]))!;
    expect(one).not.toContain("ANAS");
  });

  it("finds the row a number of the question opens, once, under its own columns", () => {
    const question = "tari per una famiglia di 4 persone: quanto è la quota fissa e la variabile?";
    expect(tableRowsAnswer(tariffs, weightsOf(question, ["famiglia"]))).toBe(
      "N. componenti | Quota fissa (€/mq/anno) | Quota variabile (€/anno)\n4 | 0,77 | 475,998",
    );
  });

  it("answers nothing from a text that is not a table, or when no row names anything asked", () => {
    expect(
      tableRowsAnswer("Il Consiglio approva il bilancio.\nLa Giunta esegue.", weightsOf("chi approva?")),
    ).toBeNull();
    expect(tableRowsAnswer(budget, weightsOf("chi è il sindaco?"))).toBeNull();
  });
});
