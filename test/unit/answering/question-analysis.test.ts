import { describe, expect, it } from "vitest";
import { analyzeQuestion } from "../../../src/answering/question-analysis.js";
import { kindMatch, sentenceFeatures } from "../../../src/answering/sentence-features.js";

const kinds = (question: string) => [...analyzeQuestion(question).kinds].sort();

describe("what a question asks for", () => {
  it("reads the kind of fact from the wording officials use", () => {
    expect(kinds("quanti abitanti servono per un ambito?")).toContain("quantity");
    expect(kinds("quanto dura una convenzione?")).toContain("duration");
    expect(kinds("entro quando va adottato il PIAO?")).toContain("date");
    expect(kinds("chi presiede il consiglio?")).toContain("who");
    expect(kinds("possiamo lasciare un vigile al Comune?")).toContain("yesno");
    expect(kinds("il consiglio può riunirsi da remoto?")).toContain("yesno");
    // An article first does not make a yes/no question of one that asks which, when or what for.
    expect(kinds("il limite del salario accessorio a quale anno è ancorato?")).not.toContain("yesno");
    expect(kinds("il pos al servizio turismo a che serve?")).not.toContain("yesno");
    expect(kinds("l'olio usato quando lo ritirano?")).not.toContain("yesno");
    expect(kinds("quali sono le funzioni da associare?")).toContain("list");
    expect(kinds("che vuol dire conferimento integrale")).toContain("definition");
  });

  it("takes a body that acted ('segnalazioni da parte dell'ASL', 'la Polizia Municipale') for who did it", () => {
    const carries = (text: string) => sentenceFeatures(text).carries;
    expect(carries("• risultano pervenute segnalazioni da parte dell'ASL con il sequestro dell'area;")).toContain(
      "who",
    );
    expect(carries("la trasmissione alla Polizia Municipale per i controlli;")).toContain("who");
    expect(carries("il deposito temporaneo di n. 2 cassoni di guaine bituminose;")).not.toContain("who");
  });

  it("reads 'n. 20 articoli' as a count, and 'n. 22 del …' as the number an act is cited by", () => {
    const carries = (text: string) => sentenceFeatures(text).carries;
    expect(carries("Di approvare il regolamento, composto da n. 20 articoli.")).toContain("quantity");
    expect(carries("il deposito temporaneo di n.2 cassoni di guaine bituminose;")).toContain("quantity");
    expect(carries("Vista la delibera n. 22 del 10.02.2026 di approvazione;")).not.toContain("quantity");
    expect(carries("con determina n. 77 rg. 118 si è nominato il gruppo;")).not.toContain("quantity");
    expect(carries("con Determina Dirigenziale n°157 (RP Area Tecnica n°100)")).not.toContain("quantity");
  });

  it("reads an act asked in the plural ('con che delibere sono passati?', 'con quali determine')", () => {
    const plural = analyzeQuestion("bilancio e assestamento: con che delibere di consiglio sono passati?");
    expect(plural.kinds).toContain("act");
    expect(plural.actType).toBe("delibera");
    expect(analyzeQuestion("con quali determine è stato liquidato?").actType).toBe("determinazione");
  });

  it("reads an opening time asked as 'che orario fanno?'", () => {
    expect(kinds("aperture domenicali dell'anagrafe: che orario fanno?")).toContain("time");
    expect(kinds("l'isola ecologica in che orari e aperta?")).toContain("time");
  });

  it("reads 'quando' after a modal as a condition, not a question of date", () => {
    expect(kinds("un consigliere da remoto può votare quando c'è lo scrutinio segreto?")).not.toContain("date");
    expect(kinds("cosa succede quando il sindaco si dimette?")).not.toContain("date");
    expect(kinds("il consiglio quando si riunisce?")).toContain("date");
    expect(kinds("si può fare la seduta online e quando va chiesto?")).toContain("date");
    expect(kinds("la convenzione deve essere approvata entro quando?")).toContain("date");
  });

  it("reads 'e se non lo fa?', 'cosa succede se…' as asking the consequence an act provides", () => {
    expect(kinds("entro quando deve partire il proprietario e se non lo fa?")).toContain("consequence");
    expect(kinds("cosa succede se non paga la tari?")).toContain("consequence");
    expect(kinds("se la domanda e incompleta cosa succede?")).toContain("consequence");
    expect(kinds("e se le particelle sono piu di una?")).not.toContain("consequence");
    expect(
      sentenceFeatures("in caso di inottemperanza si procederà all'esecuzione d'ufficio in danno").carries,
    ).toContain("consequence");
  });

  it("tells a question asking for the act that decided from one asking what it decided", () => {
    for (const question of [
      "con quale delibera è stato approvato il regolamento delle commissioni?",
      "piano alienazioni 2026: numero e data della delibera di giunta?",
      "quando è stato approvato il PIAO 2026-2028?",
      "il ptpct 2025-2027 con che delibera di giunta era stato approvato?",
    ])
      expect(analyzeQuestion(question).kinds.has("act"), question).toBe(true);
    for (const question of [
      "quanto costa la TARI per un ristorante?",
      "quando scade il bando?",
      "chi presiede la giunta?",
    ])
      expect(analyzeQuestion(question).kinds.has("act"), question).toBe(false);
  });

  it("reads 'quanto paga?' as money only, and 'quanti … e quanto costa?' as both", () => {
    expect(kinds("un cittadino vuole far ritirare gli ingombranti a casa, quanto paga?")).toContain("amount");
    expect(kinds("un cittadino vuole far ritirare gli ingombranti a casa, quanto paga?")).not.toContain("quantity");
    expect(kinds("quanti pasti e quanto costa il servizio mensa?")).toEqual(
      expect.arrayContaining(["amount", "quantity"]),
    );
    expect(kinds("nel bilancio quanto prevediamo di incassare dal teatro?")).toContain("amount");
  });

  it("asks a time of day ('a che ora') and a frequency ('ogni quanto'), and tells the sentences that state them", () => {
    expect(kinds("spettacolo al teatro: che giorno e a che ora?")).toContain("time");
    expect(kinds("assegni di cura: ogni quanto vengono pagati?")).toContain("frequency");
    expect(kinds("entro quanti giorni vanno presentate le manifestazioni d'interesse?")).toContain("deadline");
    expect(sentenceFeatures("previsto per il giorno 24 maggio 2026 alle ore 20:00").carries.has("time")).toBe(true);
    expect(sentenceFeatures("previsto per il giorno 24 maggio 2026").carries.has("time")).toBe(false);
    expect(sentenceFeatures("l'assegno è erogato con cadenza bimestrale").carries.has("frequency")).toBe(true);
    expect(sentenceFeatures("la frazione umida è ritirata tre volte a settimana").carries.has("frequency")).toBe(true);
    expect(sentenceFeatures("l'assegno è di 400 euro").carries.has("frequency")).toBe(false);
  });

  it("recognises a named unit and a request for its text", () => {
    expect(analyzeQuestion("cosa dice l'art 24 c 5?")).toMatchObject({ reference: { article: "24", comma: "5" } });
    expect(kinds("cosa dice l'art 24 c 5?")).toContain("reference");
    expect(kinds("art 7 c 3 LR 21/12")).toContain("reference");
    expect(kinds("l'art. 19 vale anche per le convenzioni tra due comuni?")).not.toContain("reference");
  });

  it("tells which sentences carry the asked kind", () => {
    const asked = analyzeQuestion("quanti giorni prima va mandata la convocazione?").kinds;
    expect(
      kindMatch(asked, sentenceFeatures("L'avviso è consegnato almeno cinque giorni liberi prima della seduta.")),
    ).toBe(1);
    expect(kindMatch(asked, sentenceFeatures("L'avviso è consegnato dal messo comunale."))).toBe(0);
    // A rank is not a count: "1º Concorso" does not answer "quanti".
    expect(sentenceFeatures("Servizi per il 1º Concorso europeo di teatro.").carries.has("quantity")).toBe(false);
  });

  it("reads a legal basis asked, and tells the sentences that cite one", () => {
    expect(kinds("con gara o affidamento diretto? che articolo del codice?")).toContain("basis");
    expect(kinds("su che norma si basa l'ordinanza?")).toContain("basis");
    expect(kinds("l'ordinanza ai sensi di cosa è stata emessa?")).toContain("basis");
    expect(kinds("quanto costa il servizio?")).not.toContain("basis");
    expect(sentenceFeatures("affidamento diretto ai sensi dell'art. 50, comma 1, lett. b)").carries.has("basis")).toBe(
      true,
    );
    expect(sentenceFeatures("ai sensi dell'articolo 50, comma 1, del D.Lgs. 36/2023").carries.has("basis")).toBe(true);
    expect(sentenceFeatures("affidamento diretto, ai sensi del D.Lgs. 36/2023").carries.has("basis")).toBe(false);
    expect(sentenceFeatures("il servizio è affidato alla ditta Rossi").carries.has("basis")).toBe(false);
  });

  it("reads the colloquial verbs of money as an amount asked, but not 'entro quanto va fatta'", () => {
    // Tried: "quanto mettiamo per la quota ato e quanto va alla regione?" asked any number, and an item number
    // ("4. PIANO DEGLI ACQUISTI") answered it.
    expect(kinds("piano idrico: quanto mettiamo per la quota ato?")).toContain("amount");
    expect(kinds("e quanto va alla regione per le acque reflue?")).toContain("amount");
    expect(kinds("per la mensa della scuola elementare quanto c'e?")).toContain("amount");
    expect(kinds("i consiglieri quanto prendono di gettone?")).toContain("amount");
    expect(kinds("quanto spetta all'ing. costanzo?")).toContain("amount");
    expect(kinds("entro quanto va fatta la verifica?")).not.toContain("amount");
    // A fixed or variable share of a tariff, and a rate per square metre, are money too.
    expect(kinds("tari 26 edicola: quota fissa e variabile?")).toContain("amount");
    expect(kinds("la tari di un negozio al mq?")).toContain("amount");
  });

  it("reads 'i canali whatsapp hanno un costo?' as money asked, and 'non comportano oneri' as the answer", () => {
    // Tried: the channel was taken for a phone number asked, and the URP's number answered; the act's "non
    // comportano oneri" was not read as an amount because only "non comporta" was.
    expect(kinds("i canali whatsapp hanno un costo per il comune?")).not.toContain("contact");
    expect(kinds("qual e il numero whatsapp dell'urp?")).toContain("contact");
    const money = (text: string) => sentenceFeatures(text).carries.has("amount");
    expect(money("le suddette pagine e canali non comportano oneri a carico del bilancio comunale")).toBe(true);
    expect(money("la rimodulazione non comporta ulteriori oneri per l'ente")).toBe(true);
  });

  it("asks a person's name for 'chi è il revisore?' and a firm for a contract awarded, a role for a task assigned", () => {
    // Tried: "a chi è affidata la gestione dei residui?" and "come si capisce chi è il consigliere anziano?" got "Non
    // ho trovato il nome" although the act answers with a role ("ciascun Responsabile") or a rule.
    expect(kinds("chi e il revisore dei conti?")).toContain("person");
    expect(kinds("restauro fontana del nilo: a chi e affidato?")).toContain("person");
    expect(kinds("a chi e stato affidato il servizio mensa?")).toContain("person");
    expect(kinds("la gestione dei residui attivi e passivi a chi e affidata?")).not.toContain("person");
    expect(kinds("la gestione dei residui attivi e passivi a chi e affidata?")).toContain("who");
    expect(kinds("e come si capisce chi e il consigliere anziano?")).not.toContain("person");
  });

  it("takes a euro sign for money only beside a figure", () => {
    // Tried: "piano tariffario … (€/mc)" stated the amount asked for a row of a table it does not quote.
    const money = (text: string) => sentenceFeatures(text).carries.has("amount");
    expect(money("fasce convenzionali di consumo (€/mc) riferite alle categorie")).toBe(false);
    expect(money("gli importi sono espressi in euro")).toBe(false);
    expect(money("pari ad €. 1.409.739,85")).toBe(true);
    expect(money("diritti di segreteria € 250 per pratica")).toBe(true);
    expect(money("una somma di 200€")).toBe(true);
    expect(money("circa 9,7 milioni di euro di fondi regionali")).toBe(true);
    expect(money("per un importo di euro cinquecento")).toBe(true);
  });

  it("takes a figure with a unit for a measure, not for money", () => {
    // Tried: "534.131 m/a" of water and "0,90 mc" of rubble answered "quanto paga?" as if they were euro.
    expect(sentenceFeatures("materiali che non superino i 0,90 mc.").carries.has("amount")).toBe(false);
    expect(sentenceFeatures("Totale prelievi: 534.131 m/a").carries.has("amount")).toBe(false);
    expect(sentenceFeatures("comuni sopra i 20.000 abitanti").carries.has("amount")).toBe(false);
    expect(sentenceFeatures("per complessivi 13.664,00 di cui imponibile").carries.has("amount")).toBe(true);
    expect(sentenceFeatures("Acquisto bidoni e sacchi per unità abitativa € 60,00").carries.has("amount")).toBe(true);
  });

  it("reads an act named with its organ in two words as an act ('Delibera di Giunta comunale n°117')", () => {
    expect(sentenceFeatures("approvato con Delibera di Giunta comunale n°117 del 12.12.2023;").carries.has("act")).toBe(
      true,
    );
    expect(sentenceFeatures("con determinazione dirigenziale n. 54/2024").carries.has("act")).toBe(true);
  });

  it("reads days and dates, and never takes the number of an act for a date", () => {
    expect(kinds("in che giorni passano a prendere l'umido?")).toContain("date");
    const dated = (text: string) => sentenceFeatures(text).carries.has("date");
    expect(dated("L'umido si raccoglie il lunedì, il giovedì e il sabato.")).toBe(true);
    expect(dated("L'accordo quadro avrà durata fino al 31 dicembre 2026.")).toBe(true);
    expect(dated("La scadenza è il 30/06/2024.")).toBe(true);
    expect(dated("Il proprietario deve avviare la rimozione entro 24 ore dalla notifica.")).toBe(true);
    expect(dated("N. 17 DEL 17/04/2026 OGGETTO: servizi di accoglienza per il concorso di teatro.")).toBe(false);
    expect(dated("Il concorso si svolge dal 18 al 25 aprile 2026 presso il teatro.")).toBe(true);
    // Terms written as acts write them: "90 (novanta) giorni", "entro 30 (trenta) giorni".
    expect(sentenceFeatures("I cassoni restano nell'area per 90 (novanta) giorni.").carries.has("duration")).toBe(true);
    expect(dated("Il proprietario provvede entro 30 (trenta) giorni dalla notifica.")).toBe(true);
    expect(dated("avvio delle operazioni e non oltre le 24 ore dalla notifica del presente provvedimento;")).toBe(true);
    // "entro quando" asks a deadline: a date of something that happened does not answer it.
    expect(kinds("entro quando deve partire il proprietario?")).toContain("deadline");
    const deadline = (text: string) => sentenceFeatures(text).carries.has("deadline");
    expect(deadline("avvio delle operazioni e non oltre le 24 ore dalla notifica;")).toBe(true);
    expect(deadline("a seguito di sopralluoghi effettuati in data 16/04/2026 dall'UTC del Comune;")).toBe(false);
    expect(dated("Si procede all'affidamento diretto ai sensi del D.Lgs. 36/2023 e della delibera n. 22/2026.")).toBe(
      false,
    );
  });

  it("tells a question asking for a person or a firm by name from one asking which organ decides", () => {
    expect(kinds("chi è il revisore?")).toContain("person");
    expect(kinds("restauro della fontana: a chi è stato affidato?")).toContain("person");
    expect(kinds("chi ha vinto l'appalto della mensa?")).toContain("person");
    expect(kinds("chi deve trasmettere il PIAO alla funzione pubblica?")).not.toContain("person");
    expect(sentenceFeatures("Responsabile del procedimento: arch. Giuseppe Canonico.").carries.has("person")).toBe(
      true,
    );
    expect(sentenceFeatures("affidato alla ditta EUROPRINT2000 SRL di Sirignano").carries.has("person")).toBe(true);
    // A role named without a name does not say who.
    expect(sentenceFeatures("Il Responsabile del Procedimento cura l'istruttoria.").carries.has("person")).toBe(false);
  });

  it("reads money asked in any tense of paying or spending", () => {
    expect(kinds("quanto le abbiamo pagate?")).toContain("amount");
    expect(kinds("quanto si è speso per la mensa?")).toContain("amount");
    expect(kinds("quanto dura il contratto?")).not.toContain("amount");
    expect(kinds("per l'evento il comune ci mette soldi?")).toContain("amount");
    expect(kinds("su che capitolo è stata impegnata e per quanto?")).toContain("amount");
    // "no cost" answers a question about money as a figure does
    expect(sentenceFeatures("Il patrocinio è concesso senza oneri per l'Ente.").carries.has("amount")).toBe(true);
  });
});
