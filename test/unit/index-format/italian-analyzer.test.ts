import { describe, expect, it } from "vitest";
import { analyze, fold } from "../../../src/index-format/italian-analyzer.js";
import { builtinSynonymGroups, createSynonymExpander } from "../../../src/retrieval/synonyms.js";

describe("Italian analyzer", () => {
  it("folds accents and apostrophes so 'città' and 'citta' match", () => {
    expect(fold("Città’ PERCHÉ")).toBe("citta' perche");
    expect(analyze("la città")).toEqual(analyze("la citta"));
  });

  it("keeps words of the stock stopword list that carry meaning in an official's question", () => {
    // Tried: "chi deve comprare bidoni e sacchi quanto paga?" searched without "comprare" (a stock stopword).
    for (const word of ["comprare", "anticipo", "consecutivi", "successivo", "ultimo"]) {
      expect(analyze(word)).toHaveLength(1);
    }
    expect(analyze("comprare")).not.toEqual(analyze("anticipo"));
  });

  it("stems inflections to one term and drops stopwords and question filler", () => {
    expect(analyze("funzione")).toEqual(analyze("funzioni"));
    // Supervision is not the police: "vigilanza" and "vigilare" no longer stem like "vigili".
    expect(analyze("vigili")).toEqual(analyze("vigile"));
    expect(analyze("vigilanza")).toEqual(analyze("vigilare"));
    expect(analyze("vigilanza")).not.toEqual(analyze("vigili"));
    // Nor a sitting an office, an opinion an amount "pari a", a VAT number a part, mail a post.
    expect(analyze("seduta")).toEqual(analyze("sedute"));
    expect(analyze("seduta")).not.toEqual(analyze("sede"));
    expect(analyze("parere")).toEqual(analyze("pareri"));
    expect(analyze("parere")).not.toEqual(analyze("pari"));
    expect(analyze("partita")).not.toEqual(analyze("parte"));
    expect(analyze("posta")).not.toEqual(analyze("posti"));
    expect(analyze("possiamo lasciare il vigile")).not.toContain("possiamo");
    expect(analyze("il della per")).toEqual([]);
    // How a question is put is not what it is about: only the topic's words remain.
    expect(analyze("i pos in quali uffici li mettono?")).toEqual(analyze("pos uffici"));
    expect(analyze("entro quanto la doveva ratificare il consiglio?")).toEqual(analyze("entro ratificare consiglio"));
    expect(analyze("quant'e il diritto per un CDU?")).toEqual(analyze("diritto CDU"));
    expect(analyze("se la giunta sfora che succede?")).toEqual(analyze("giunta sfora"));
    expect(analyze("vuole far ritirare gli ingombranti")).toEqual(analyze("ritirare ingombranti"));
    // A definition asked: "PIAO per esteso cosa vuol dire?" is about the PIAO only.
    expect(analyze("PIAO per esteso cosa vuol dire?")).toEqual(analyze("PIAO"));
    expect(analyze("che significa DUP?")).toEqual(analyze("DUP"));
  });

  it("normalises article and comma references however they are written", () => {
    const expected = ["art24", "comma4", "art24c4"];
    for (const text of ["art. 24 c.4", "articolo 24 comma 4", "Art.24, comma 4", "ART. 24 c. 4"]) {
      expect(analyze(text)).toEqual(expect.arrayContaining(expected));
    }
    expect(analyze("art. 24")).not.toContain("art24c4");
  });

  it("collapses dotted abbreviations and keeps law numbers together", () => {
    expect(analyze("L.R. 21/2012")).toEqual(expect.arrayContaining(["lr", "21_2012"]));
    expect(analyze("D.Lgs. 267/2000")).toEqual(expect.arrayContaining(["dlgs", "267_2000"]));
  });
});

describe("synonym expansion", () => {
  const expander = createSynonymExpander(builtinSynonymGroups);

  it("adds 'polizia locale' terms at lower weight when the question says 'vigili'", () => {
    const terms = expander.expand("possiamo tenere due vigili in Comune?");
    expect(terms.find((item) => item.term === "vigil")?.weight).toBe(1);
    expect(terms.find((item) => item.term === "poliz")?.weight).toBeLessThan(1);
  });

  it("brings the words acts use for what officials say colloquially (revisore, chiude, si dividono le spese)", () => {
    const added = (question: string) =>
      expander
        .expand(question)
        .filter((item) => item.weight < 1)
        .map((item) => item.term);
    expect(added("chi è il revisore?")).toEqual(expect.arrayContaining(analyze("organo di revisione")));
    expect(added("un comune può stare in due unioni?")).toEqual(expect.arrayContaining(analyze("aderire")));
    expect(added("se una ditta chiude l'attività paga i diritti?")).toEqual(
      expect.arrayContaining(analyze("cessazione")),
    );
    expect(added("come si dividono le spese tra i comuni?")).toEqual(
      expect.arrayContaining(analyze("rapporti finanziari")),
    );
  });

  it("reads a title as acts abbreviate it before a name ('l'avvocata' -> 'Avv.', 'ing.' -> 'ingegnere')", () => {
    const added = (question: string) => expander.expand(question).map((item) => item.term);
    expect(added("la pec dell'avvocata con che protocollo è arrivata?")).toContain("avv");
    expect(added("quanto spetta all'ing. Costanzo?")).toEqual(expect.arrayContaining(analyze("ingegnere")));
    // "che modello sono le pistole?" is answered by "Glock, mod. 19"; "enti locali" brings no "loc.".
    expect(added("le pistole nuove che modello sono?")).toContain("mod");
    expect(added("il PTFP negli enti locali")).not.toContain("loc");
  });

  it("expands abbreviations both ways (TUEL <-> testo unico enti locali)", () => {
    expect(expander.expand("cosa dice il TUEL").map((item) => item.term)).toEqual(expect.arrayContaining(["267_2000"]));
    expect(expander.expand("testo unico degli enti locali").map((item) => item.term)).toContain("tuel");
  });

  it("lets the added terms of one large group share a weight no greater than one of the question's own words", () => {
    const group = ["tributi", "ufficio tributi", "tasse", "IMU", "TARI", "entrate", "gestione delle entrate"];
    const terms = createSynonymExpander([group]).expand("quanto si paga di tari?");
    const added = terms.filter((item) => item.weight < 1);
    expect(added.length).toBeGreaterThan(4);
    expect(added.reduce((sum, item) => sum + item.weight, 0)).toBeLessThanOrEqual(0.4 + 1e-9);
    // A small group keeps the full expansion weight for its one synonym.
    expect(createSynonymExpander([["vigili", "polizia"]]).expand("i vigili")).toContainEqual(
      expect.objectContaining({ term: "poliz", weight: 0.4 }),
    );
  });

  it("adds nothing to a question without known phrases", () => {
    expect(expander.expand("ricetta della carbonara").every((item) => item.weight === 1)).toBe(true);
  });
});
