import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { issuerOf, memberNamed } from "../../../src/evidence/act-issuer.js";
import { createFunctionLexicon } from "../../../src/evidence/function-lexicon.js";
import { namesOtherUnione } from "../../../src/evidence/named-unione.js";
import { findQuote } from "../../../src/evidence/quote-search.js";
import { actOf } from "../../../src/evidence/unione-acts.js";
import { createFunctionCatalog } from "../../../src/knowledge/function-catalog.js";
import { loadGlossary } from "../../../src/knowledge/glossary.js";
import { loadUnioneRecords } from "../../../src/knowledge/load-records.js";

const knowledge = join(import.meta.dirname, "..", "..", "..", "knowledge");
const catalog = createFunctionCatalog(knowledge);
const lexicon = createFunctionLexicon(catalog, loadGlossary(knowledge));
const records = loadUnioneRecords(knowledge).records;
const delta = records.find((record) => record.id === "terre-del-delta")!;
const acqua = records.find((record) => record.id === "terre-d-acqua")!;

const codes = (text: string) => lexicon.find(text).map((mention) => mention.code);

describe("functions named in an act", () => {
  it("finds the catalogue's names, aliases and the glossary's variants, whole words only", () => {
    expect(codes("la gestione del Corpo di Polizia Locale")).toEqual(["polizia-locale"]);
    expect(codes("le funzioni di Polizia Municipale e di Protezione Civile")).toEqual([
      "polizia-locale",
      "protezione-civile",
    ]);
    expect(codes("il Servizio Informatico Associato - SIA")).toEqual(["ict", "ict"]);
    expect(codes("lo Sportello Unico per le Attività Produttive (SUAP)")).toEqual(["suap", "suap"]);
    expect(codes("la gestione dei tributi comunali, di IMU e TARI")).toEqual(["tributi", "tributi", "tributi"]);
  });

  it("matches acronyms only in capitals and leaves out words too common to name a function", () => {
    // "sia" is a conjunction; "personale" and "bilancio" alone are staff and budget, not functions.
    expect(codes("sia il personale sia le risorse del bilancio")).toEqual([]);
    expect(codes("la funzione di gestione del personale")).toEqual(["gestione-personale"]);
    expect(codes("la funzione ICT")).toEqual(["ict"]);
  });
});

describe("who issued an act", () => {
  it("credits only the member Comune named by the letterhead, never a similar name", () => {
    expect(memberNamed("COMUNE DI GORO", delta)?.id).toBe("goro");
    expect(memberNamed("Comune di Codigoro (FE)", delta)?.id).toBe("codigoro");
    expect(memberNamed("Comune di Lagosanto", delta)).toBeNull();
    expect(memberNamed("Comune di Sant'Agata Bolognese", acqua)?.id).toBe("sant-agata-bolognese");
  });

  it("recognises the Unione itself, and anyone else as someone else", () => {
    const unione = actOf(
      "x.txt",
      ["UNIONE DEI COMUNI TERRE DEL DELTA\nDELIBERAZIONE DELLA GIUNTA N. 1 DEL 02/01/2025"],
      false,
    );
    expect(issuerOf(unione, delta).kind).toBe("unione");
    expect(issuerOf(unione, acqua).kind).toBe("altro");
    const region = actOf(
      "y.txt",
      ["REGIONE EMILIA-ROMAGNA\nDELIBERAZIONE DELLA GIUNTA REGIONALE N. 941 DEL 27/05/2024"],
      false,
    );
    expect(issuerOf(region, delta).kind).toBe("altro");
  });

  it("tells a conferral to this Unione from one to another Unione named in the decision", () => {
    expect(namesOtherUnione("di conferire all'Unione Terre del Delta la funzione", delta)).toBe(false);
    expect(namesOtherUnione("di conferire all'Unione la funzione di protezione civile", delta)).toBe(false);
    expect(namesOtherUnione("di conferire all'Unione dei Comuni della Pianura Immaginaria la funzione", acqua)).toBe(
      true,
    );
    expect(namesOtherUnione("DI CONFERIRE ALL'UNIONE TERRE D'ACQUA LA FUNZIONE", acqua)).toBe(false);
    expect(namesOtherUnione("DI CONFERIRE ALL'UNIONE VALLI E DELIZIE LA FUNZIONE", acqua)).toBe(true);
  });
});

describe("a quote is found as a reader finds it", () => {
  it("ignores spacing and typographic apostrophes, never a changed word", () => {
    const text = "1. di conferire all’Unione\nTerre del Delta la funzione di protezione civile;";
    const found = findQuote(text, "di conferire all'Unione Terre del Delta la funzione");
    expect(found && text.slice(found.start, found.end)).toBe("di conferire all’Unione\nTerre del Delta la funzione");
    expect(findQuote(text, "di conferire all'Unione Terre del Delta la funzione di polizia locale")).toBeNull();
    // Bad input: a quote too short to prove anything.
    expect(findQuote(text, "di")).toBeNull();
  });
});
