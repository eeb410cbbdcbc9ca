import { describe, expect, it } from "vitest";
import { askedCodes, statesCode } from "../../../src/answering/asked-codes.js";
import { analyzeQuestion } from "../../../src/answering/question-analysis.js";
import type { Source } from "../../../src/core/types.js";
import { composeQuestion } from "../../support/compose-question.js";

describe("identifiers asked by name", () => {
  it("are read from the question as officials write them", () => {
    expect(askedCodes("mi serve il cig della det 145")).toEqual(["cig"]);
    expect(askedCodes("con che prot. e quando e arrivata?")).toEqual(["protocollo"]);
    expect(askedCodes("su che capitolo va la spesa?")).toEqual(["capitolo"]);
    expect(askedCodes("che codice CER hanno le guaine?")).toEqual(["cer"]);
    expect(askedCodes("quanto abbiamo pagato?")).toEqual([]);
    expect(askedCodes("con che n. e uscita all'albo la delibera?")).toEqual(["albo"]);
    expect(askedCodes("che numero ha il DURC della ditta?")).toEqual(["durc"]);
    expect(askedCodes("su che impegno è andata la spesa?")).toEqual(["impegno"]);
    expect(askedCodes("quanto abbiamo impegnato?")).toEqual([]);
    expect(askedCodes("con che numero di liquidazione è stato pagato?")).toEqual(["liquidazione"]);
    expect(analyzeQuestion("mi serve il cig della det 145").kinds.has("code")).toBe(true);
  });

  it("count as stated only with their value, and only the one asked", () => {
    expect(statesCode("CIG: BA3D06EB00", ["cig"])).toBe(true);
    expect(statesCode("ATTESO CHE il CIG il cui numero attribuito è BA3D06EB00;", ["cig"])).toBe(true);
    // A word of ten letters is not a code; a CUP is not the CIG asked.
    expect(statesCode("il CIG attribuito dall'ANAC è indicato in calce", ["cig"])).toBe(false);
    expect(statesCode("CUP J27B23000010001", ["cig"])).toBe(false);
    expect(statesCode("la fattura acquisita al prot. n. 2393 del 26/02/2026", ["protocollo"])).toBe(true);
    expect(statesCode("si rinvia al protocollo d'intesa con la Regione", ["protocollo"])).toBe(false);
    expect(statesCode("guaine bituminose (CER 17.03.02)", ["cer"])).toBe(true);
    // A DURC is cited by the number of the request to INPS or INAIL, not by its validity date.
    expect(statesCode("giusto DURC acquisito con protocollo n. INPS_ 49006620;", ["durc"])).toBe(true);
    expect(statesCode("D.U.R.C. numero protocollo INAIL_53294508 data richiesta 13/03/2026", ["durc"])).toBe(true);
    expect(statesCode("il DURC sarà recepito in atti al momento dell'aggiudicazione", ["durc"])).toBe(false);
    expect(statesCode("-Impegno 329/2023 sub 2 per € 939,72", ["impegno"])).toBe(true);
    expect(statesCode("N. Impegno Definitivo: 376; Importo Impegno: € 183,00.", ["impegno"])).toBe(true);
    expect(statesCode("assunto l'impegno di spesa di € 1.225,00 iva inclusa", ["impegno"])).toBe(false);
    expect(statesCode("Numero Liquid.: 613 — Importo Liquidazione: 183,00 — Esercizio: 2026.", ["liquidazione"])).toBe(
      true,
    );
    expect(statesCode("Determina di liquidazione della fattura n. 69", ["liquidazione"])).toBe(false);
    expect(
      statesCode("Dato atto che tale delibera è stata pubblicata all'Albo pretorio con numero 168;", ["albo"]),
    ).toBe(true);
    expect(statesCode("la presente sarà pubblicata all'Albo pretorio per 15 giorni", ["albo"])).toBe(false);
  });

  it("are answered from the act's line that states them, even under the act's bare heading", () => {
    const path = "documenti/albo/Determinazione_145__5291_DeterminadiLiquidazione_Copia_145_2026_1.pdf";
    const act = (id: string, text: string, page: number): Source => ({
      id,
      path,
      title: "Determinazione 145/2026",
      kind: "document",
      unione: null,
      article: null,
      page,
      score: 1,
      text,
    });
    const heading = act("a", "N. 100 DEL 27/02/2026 OGGETTO: Acquisto di hardware e software per l'anno 2026", 1);
    const premesse = act(
      "b",
      "VISTA la fattura n. 5/PA/2026 acquisita al protocollo dell'Ente.\nATTESO CHE il CIG il cui numero attribuito è BA3D06EB00;",
      2,
    );
    const question = "mi serve il cig della det 145 (hardware e software 2026)";
    const answer = composeQuestion(question, [heading, premesse]);
    expect(answer.text).toMatch(/BA3D06EB00/);
  });

  it("answer 'a che pec le mando?' with the act's line that gives the address, though it repeats no word asked", () => {
    const notice: Source = {
      id: "n",
      path: "documenti/albo/avviso-anticorruzione.pdf",
      title: "Avviso pubblico piano anticorruzione",
      kind: "document",
      unione: null,
      article: null,
      page: 2,
      score: 1,
      text: "Le eventuali osservazioni al Piano Triennale di Prevenzione della Corruzione dovranno pervenire entro il giorno 21 marzo 2026.\n• all'indirizzo di posta elettronica: comune.avella@cert.irpinianet.eu;\n• presentazione diretta all'Ufficio Protocollo.",
    };
    const question = "osservazioni al piano anticorruzione: a che pec le mando?";
    expect(analyzeQuestion(question).kinds.has("contact")).toBe(true);
    const answer = composeQuestion(question, [notice]);
    expect(answer.text).toMatch(/comune\.avella@cert\.irpinianet\.eu/);
  });

  it("open the answer with the identifier asked even when the lead states another one (a codice fiscale)", () => {
    const act: Source = {
      id: "p",
      path: "documenti/albo/Determinazione_145__5291_DeterminadiLiquidazione_Copia_145_2026_1.pdf",
      title: "Determinazione 145/2026",
      kind: "document",
      unione: null,
      article: null,
      page: 1,
      score: 1,
      text: "Che con Determina n. 63 si affidava l'acquisto di hardware e software all'operatore economico ASWI INFORMATICA, Codice fiscale LGRVCN80P05A883W, per un importo di € 16.393,44 oltre IVA.\n\nCIG: BA3D06EB00",
    };
    const question = "mi serve il cig della det 145 per hardware e software";
    const answer = composeQuestion(question, [act]);
    expect(answer.text.split("\n")[0]).toMatch(/CIG: BA3D06EB00/);
  });
});
