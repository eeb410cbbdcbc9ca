import { describe, expect, it } from "vitest";
import { actLabel, formatActDate, linkAnnexes, recognizeAct } from "../../../src/acts/index.js";

// Headings in layouts other than the Avella notice board: an Unione of Emilia-Romagna, "verbale di
// deliberazione", a determinazione with its general register on one line, a decree of the Unione's President.
const giuntaUnione = [
  "UNIONE TERRE DEL DELTA\nProvincia di Ferrara\nDELIBERAZIONE DELLA GIUNTA DELL'UNIONE\nN. 42 DEL 31.03.2026",
  "OGGETTO: CONFERIMENTO ALL'UNIONE DELLA FUNZIONE DI POLIZIA LOCALE - PRESA D'ATTO",
  "L'anno duemilaventisei il giorno trentuno del mese di marzo alle ore 15:00",
  "LA GIUNTA DELL'UNIONE\nPremesso che...\nDELIBERA\n1. di prendere atto del conferimento.",
].join("\n");

const verbaleConsiglio = [
  "COMUNE DI VALLEVERDE",
  "VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE N. 14",
  "Seduta del 24 marzo 2026",
  "Oggetto: Approvazione del regolamento per la gestione associata",
  "del servizio di protezione civile.",
  "IL CONSIGLIO COMUNALE\nVisto lo statuto;",
].join("\n");

const determinazione = [
  "COMUNE DI VALLEVERDE",
  "SETTORE SERVIZI FINANZIARI",
  "DETERMINAZIONE DIRIGENZIALE N. 58 DEL 15/04/2026",
  "Reg. Gen. n. 272 del 16/04/2026",
  "OGGETTO: IMPEGNO DI SPESA PER LA FORNITURA DI CANCELLERIA - CIG Z123",
  "IL DIRIGENTE",
  "Visto il bilancio;",
  "DETERMINA",
  "1. di impegnare la somma di € 1.200,00.",
  "Valleverde, 16/04/2026 IL DIRIGENTE f.to Anna Bianchi",
].join("\n");

describe("recognizeAct on headings of other layouts", () => {
  it("reads a deliberation of an Unione's Giunta", () => {
    const act = recognizeAct([giuntaUnione], "documento.pdf");
    expect(act).toMatchObject({
      type: "delibera",
      organ: "giunta",
      number: "42",
      date: "2026-03-31",
      year: 2026,
      subject: "CONFERIMENTO ALL'UNIONE DELLA FUNZIONE DI POLIZIA LOCALE - PRESA D'ATTO",
      ente: "Unione Terre del Delta",
      sources: { type: "testo", number: "testo", date: "testo" },
    });
    expect(actLabel(act)).toBe("Delibera di Giunta n. 42 del 31/03/2026");
  });

  it("reads a 'verbale di deliberazione' of a Council with the date on the next line", () => {
    const act = recognizeAct([verbaleConsiglio], "cc14.pdf");
    expect(act).toMatchObject({ type: "delibera", organ: "consiglio", number: "14", date: "2026-03-24" });
    expect(act.subject).toBe(
      "Approvazione del regolamento per la gestione associata del servizio di protezione civile.",
    );
  });

  it.each([
    "Il giorno dodici del mese di marzo dell'anno duemilaventicinque, alle ore 20:45, si è riunito il Consiglio.",
    "Addì dodici marzo duemilaventicinque, nella sala delle adunanze, si è riunito il Consiglio Comunale.",
    "Nella sala consiliare del Municipio, previa convocazione, si è riunito il Consiglio Comunale.",
    "PRESENTI: il Sindaco e n. 10 consiglieri",
    "IL CONSIGLIO COMUNALE",
  ])("ends the OGGETTO where the verbale's narrative starts: %s", (narrative) => {
    // Input: a two-line OGGETTO followed, with no premessa in between, by the opening of the verbale.
    const act = recognizeAct(
      [
        [
          "COMUNE DI VALLEVERDE",
          "DELIBERAZIONE DEL CONSIGLIO COMUNALE",
          "N. 21 del 12/03/2025",
          "OGGETTO: CONFERIMENTO ALL'UNIONE DELLA FUNZIONE DI POLIZIA LOCALE",
          "CON DECORRENZA DAL 1° MAGGIO 2025.",
          narrative,
          "PREMESSO che il Comune aderisce all'Unione;",
        ].join("\n"),
      ],
      "cc21.pdf",
    );
    expect(act.subject).toBe(
      "CONFERIMENTO ALL'UNIONE DELLA FUNZIONE DI POLIZIA LOCALE CON DECORRENZA DAL 1° MAGGIO 2025.",
    );
  });

  it("keeps a subject in capitals that goes on with 'IL GIORNO', and one in sentence case going on 'nella sede'", () => {
    // Input: continuation lines that look like a narrative's opening but are part of the subject.
    const capitals = recognizeAct(
      [
        "COMUNE DI VALLEVERDE\nDELIBERAZIONE DEL CONSIGLIO COMUNALE N. 3 del 10/01/2025\nOGGETTO: CONVOCAZIONE DEI COMIZI PER\nIL GIORNO 30 GIUGNO 2025.\nIL CONSIGLIO COMUNALE",
      ],
      "cc3.pdf",
    );
    expect(capitals.subject).toBe("CONVOCAZIONE DEI COMIZI PER IL GIORNO 30 GIUGNO 2025.");
    const sentence = recognizeAct(
      [
        "COMUNE DI VALLEVERDE\nDELIBERAZIONE DEL CONSIGLIO COMUNALE N. 4 del 10/01/2025\nOggetto: Trasferimento dell'archivio storico\nnella sede di via Roma.\nIL CONSIGLIO COMUNALE",
      ],
      "cc4.pdf",
    );
    expect(sentence.subject).toBe("Trasferimento dell'archivio storico nella sede di via Roma.");
  });

  it("takes a determinazione's general register number and keeps the service's number apart", () => {
    const act = recognizeAct([determinazione], "det.pdf");
    expect(act).toMatchObject({
      type: "determinazione",
      organ: "dirigente",
      subKind: "impegno",
      number: "272",
      sectorNumber: "58",
      date: "2026-04-16",
    });
    expect(actLabel(act)).toBe("Determinazione n. 272 del 16/04/2026");
  });

  it("reads a decree of the President and dates an ordinance by its signature when the heading has no date", () => {
    const decree = recognizeAct(
      ["UNIONE VALLI E DELIZIE\nDECRETO DEL PRESIDENTE N. 3 DEL 10/01/2026\nOGGETTO: Nomina del segretario."],
      "d.pdf",
    );
    expect(decree).toMatchObject({ type: "decreto", organ: "presidente", number: "3", date: "2026-01-10" });
    expect(actLabel(decree)).toBe("Decreto del Presidente n. 3 del 10/01/2026");
    const ordinance = recognizeAct(
      [
        "COMUNE DI VALLEVERDE\nORDINANZA SINDACALE N. 13/2026\nOGGETTO: Chiusura delle scuole.\nIL SINDACO\nORDINA\nla chiusura.\nValleverde, lì 2 aprile 2026\nIL SINDACO",
      ],
      "o.pdf",
    );
    expect(ordinance).toMatchObject({
      type: "ordinanza",
      organ: "sindaco",
      number: "13",
      year: 2026,
      date: "2026-04-02",
    });
  });

  it("does not take a number quoted in a title for the act's own (bad input: 'EX DGR N. 70 DEL …')", () => {
    const act = recognizeAct(
      ["CONSORZIO SERVIZI SOCIALI\nAVVISO PUBBLICO\nASSEGNI DI CURA - EX DGR N. 70 DEL 22/02/2024\nVista la delibera;"],
      "avviso.pdf",
    );
    expect(act.type).toBe("avviso");
    expect(act.number).toBeNull();
    expect(act.date).toBeNull();
  });

  it("reads an avviso's protocol line as its number-less identity and date", () => {
    const act = recognizeAct(
      [
        "COMUNE DI VALLEVERDE\nProt. n. 2856 dell’11.03.2026.\nAvviso pubblico aggiornamento Piano Anticorruzione 2026/2028.\nTesto.",
      ],
      "a.pdf",
    );
    expect(act).toMatchObject({
      type: "avviso",
      number: null,
      date: "2026-03-11",
      protocol: { number: "2856", date: "2026-03-11" },
    });
  });

  it("links an annex to the act its first page names and labels it", () => {
    const act = recognizeAct(
      [
        "Allegato A alla deliberazione di C.C. n. 14 del 24/03/2026\nREGOLAMENTO PER LA GESTIONE ASSOCIATA\nDEL PERSONALE\nArt. 1 Oggetto",
      ],
      "allegato.pdf",
    );
    expect(act.type).toBe("regolamento");
    expect(act.annexLabel).toBe("Allegato A");
    expect(act.parent).toEqual({ type: "delibera", organ: "consiglio", number: "14", date: "2026-03-24", year: 2026 });
    expect(actLabel(act)).toBe(
      "Regolamento per la gestione associata del personale (allegato alla Delibera di Consiglio n. 14 del 24/03/2026)",
    );
    const table = recognizeAct(
      ["ALLEGATO 2 alla determinazione n. 272 del 16/04/2026\nFornitore\tImporto\nAlfa srl\t1.200,00"],
      "a.pdf",
    );
    expect(table).toMatchObject({
      type: "allegato",
      annexLabel: "Allegato 2",
      number: null,
      parent: { type: "determinazione", number: "272" },
    });
    expect(actLabel(table)).toBe("Allegato 2 (allegato alla Determinazione n. 272 del 16/04/2026)");
  });

  it("names an annex without a title of its own by what its file name says, never by an export's wording", () => {
    const chart = recognizeAct(
      [
        "ALLEGATO A alla deliberazione di G.C. n. 59 del 27/04/2026\nSINDACO\nSEGRETARIO GENERALE\nCORPO DI POLIZIA LOCALE",
      ],
      "Delibera_59__5541_Nuovo_Organigramma_Comunale_-_all-_A_2.pdf",
    );
    expect(actLabel(chart)).toBe(
      "Allegato A — Nuovo Organigramma Comunale (allegato alla Delibera di Giunta n. 59 del 27/04/2026)",
    );
    // Bad input: a file name made of an export's own words and codes says nothing about the document.
    const exported = recognizeAct(
      ["ALLEGATO A alla deliberazione di G.C. n. 59 del 27/04/2026\nSINDACO"],
      "Delibera_59__5541_DeliberadiGiunta_Copia_59_2026_1.pdf",
    );
    expect(actLabel(exported)).toBe("Allegato A (allegato alla Delibera di Giunta n. 59 del 27/04/2026)");
  });

  it("keeps a blank approval line as an organ without a number (bad input: 'n. ____ del ____')", () => {
    const act = recognizeAct(
      [
        "COMUNE DI VALLEVERDE\nRegolamento\nper il funzionamento\ndel Consiglio Comunale\nApprovato con delibera di C.C. n. ____ del ______",
      ],
      "r.pdf",
    );
    expect(act).toMatchObject({
      type: "regolamento",
      subject: "Regolamento per il funzionamento del Consiglio Comunale",
    });
    expect(act.parent).toMatchObject({ type: "delibera", organ: "consiglio", number: null, date: null });
    expect(actLabel(act)).toBe(
      "Regolamento per il funzionamento del Consiglio Comunale (allegato a una Delibera di Consiglio)",
    );
  });
});

describe("recognizeAct: text first, file name as a flagged hint", () => {
  it("prefers the text when the file name disagrees", () => {
    const act = recognizeAct([giuntaUnione], "Delibera_1652001__5430_DeliberadiGiunta_Copia_41_2026_1.pdf");
    expect(act.number).toBe("42");
    expect(act.sources.number).toBe("testo");
  });

  it("falls back to the file name for a scan and says so in the label (bad input: no text layer)", () => {
    const act = recognizeAct(["", ""], "Delibera_1652001__5430_VERBALE_N-_3_DEL_17-03-2026_dellOrg2028_2.pdf");
    expect(act).toMatchObject({
      type: "verbale",
      number: "3",
      date: "2026-03-17",
      hasText: false,
      sources: { number: "nome-file" },
    });
    expect(actLabel(act)).toBe("Verbale n. 3 del 17/03/2026 (estremi dal nome del file)");
  });

  it("leaves unknown fields null rather than guessing (bad input: text and name say nothing)", () => {
    const act = recognizeAct(["Appunti sparsi senza intestazione."], "scansione-0001.pdf");
    expect(act).toMatchObject({
      type: null,
      organ: null,
      number: null,
      date: null,
      year: null,
      parent: null,
      ente: null,
    });
    expect(actLabel(act)).toBe("Documento");
  });
});

describe("linkAnnexes", () => {
  it("gives each annex the act published with it, and only the first act when a publication holds two", () => {
    const main = recognizeAct([giuntaUnione], "Delibera_7__5001_DeliberadiGiunta_Copia_42_2026_1.pdf");
    const other = recognizeAct([verbaleConsiglio], "Delibera_7__5001_DeliberadiConsiglio_Copia_14_2026_3.pdf");
    const plan = recognizeAct(
      ["PIANO DELLA PERFORMANCE\nANNO 2026\nIntroduzione"],
      "Delibera_7__5001_Piano_performance_2.pdf",
    );
    const lonely = recognizeAct(["PIANO FINANZIARIO\nanno 2026"], "Delibera_8__5002_Piano_finanziario_2.pdf");
    const linked = linkAnnexes([
      { fileName: "Delibera_7__5001_DeliberadiGiunta_Copia_42_2026_1.pdf", act: main },
      { fileName: "Delibera_7__5001_DeliberadiConsiglio_Copia_14_2026_3.pdf", act: other },
      { fileName: "Delibera_7__5001_Piano_performance_2.pdf", act: plan },
      { fileName: "Delibera_8__5002_Piano_finanziario_2.pdf", act: lonely },
    ]);
    expect(linked[2]!.parent).toMatchObject({ organ: "giunta", number: "42" });
    expect(linked[3]!.parent).toBeNull();
    expect(linked[0]!.parent).toBeNull();
    expect(actLabel(linked[2]!)).toBe(
      "Piano della performance anno 2026 (allegato alla Delibera di Giunta n. 42 del 31/03/2026)",
    );
  });

  it("does not give an annex an act of another organ than the one it states", () => {
    const council = recognizeAct([verbaleConsiglio], "DCC_14_2026.pdf");
    const annex = recognizeAct(
      ["PIANO INTEGRATO\nApprovato con deliberazione di Giunta Comunale n. /2026."],
      "DCC_14_2026_allegato_A.pdf",
    );
    const [, linked] = linkAnnexes([
      { fileName: "DCC_14_2026.pdf", act: council },
      { fileName: "DCC_14_2026_allegato_A.pdf", act: annex },
    ]);
    expect(linked!.parent).toMatchObject({ organ: "giunta", number: null, year: 2026 });
  });
});

describe("formatActDate", () => {
  it("formats ISO dates the Italian way and keeps null", () => {
    expect(formatActDate("2026-03-31")).toBe("31/03/2026");
    expect(formatActDate(null)).toBeNull();
  });
});
