import { describe, expect, it } from "vitest";
import type { Source } from "../../../src/core/types.js";
import { analyze } from "../../../src/index-format/italian-analyzer.js";
import { composeQuestion } from "../../support/compose-question.js";

function source(id: string, text: string, extra: Partial<Source> = {}): Source {
  return {
    id,
    path: `law/${id}.md`,
    title: "Legge di prova",
    kind: "law",
    unione: null,
    article: null,
    page: null,
    score: 1,
    text,
    ...extra,
  };
}

const compose = (question: string, sources: Source[]) => composeQuestion(question, sources);

describe("the offline answer composer", () => {
  it("leads with the passage that carries the asked kind of fact and makes it source [1]", () => {
    const general = source(
      "a",
      "La durata dell'Unione è stabilita dallo statuto approvato dai Consigli comunali dei Comuni.",
    );
    const precise = source("b", "Lo statuto fissa la durata dell'Unione in almeno dieci anni dalla sua costituzione.");
    const answer = compose("quanti anni deve durare almeno l'Unione?", [general, precise]);
    expect(answer.order[0]).toBe(1);
    expect(answer.text.split("\n")[0]).toMatch(/almeno dieci anni.*\[1\]$/);
  });

  it("quotes a clause the act repeats word for word once, not twice in a row", () => {
    const clause =
      "La società BONO s.r.l. ha trasmesso il progetto di finanza per la riqualificazione energetica della palestra;";
    const text = `DI PRENDERE ATTO della proposta di finanza di progetto. ${clause}\nDI DICHIARARE il pubblico interesse della proposta. ${clause}`;
    const answer = compose("che progetto di finanza ha trasmesso la società BONO?", [source("a", text)]);
    expect(answer.text.split(clause).length - 1).toBe(1);
  });

  it("quotes a lead-in with the whole list it introduces", () => {
    const text =
      "I Comuni devono gestire insieme almeno tre di queste funzioni:\n1. protezione civile;\n2. polizia locale;\n3. servizi sociali.";
    const answer = compose("quali funzioni devono gestire insieme i Comuni?", [source("a", text)]);
    expect(answer.text).toContain("1. protezione civile;\n2. polizia locale;\n3. servizi sociali.");
  });

  it("reads a lead-in the PDF left with a stray mark (':;') with the clauses it introduces, markers lost", () => {
    const text = [
      "ORGANISMI PARTECIPATI Gli organismi partecipati dell'Ente sono CONSORZIO DEI SERVIZI SOCIALI AMBITO A6:;",
      "CONSORZIO ASMEZ - irrilevante per la % di partecipazione;",
      "FONDAZIONE AVELLA CITTA' D'ARTE - irrilevante in quanto organismo atipico;",
      "L'Ente non ha istituito fondi a copertura di perdite delle società partecipate.",
      "OSSERVAZIONI E SUGGERIMENTI L'Organo di revisione a conclusione delle verifiche considera:",
      "- congrue le previsioni di spesa;",
      "- attendibili le entrate previste.",
    ].join("\n");
    const answer = compose("quali sono gli organismi partecipati del comune secondo il revisore?", [source("a", text)]);
    expect(answer.text).toMatch(/AMBITO A6:;\nCONSORZIO ASMEZ[^\n]*;\nFONDAZIONE/);
    expect(answer.text).not.toMatch(/^\s*\[\d+\]\s*$/m);
  });

  it("reads a unit named by its reference from its start, even if it repeats none of the question's words", () => {
    const unit = source(
      "a",
      "Il comma chiede due cose distinte. Primo: il personale passa all'Unione con le risorse. Secondo: la Giunta è formata dai sindaci dei Comuni.",
      { article: "art. 24 c.5" },
    );
    const other = source("b", "Un altro articolo parla della durata dei conferimenti e della revoca anticipata.", {
      article: "art. 19",
    });
    const answer = compose("cosa dice l'art 24 c 5?", [other, unit]);
    expect(answer.order[0]).toBe(1);
    expect(answer.text).toMatch(/Primo: .*Secondo: la Giunta è formata dai sindaci/s);
  });

  it("quotes the rule an example illustrates, not the example alone", () => {
    const text =
      "Un Comune può far parte di una sola Unione di Comuni. In pratica: se un Comune vuole gestire la polizia locale con un'Unione e i servizi sociali con un'altra, non può aderire a entrambe.";
    const answer = compose("possiamo entrare in un'altra unione per i servizi sociali?", [source("a", text)]);
    expect(answer.text).toContain("una sola Unione");
  });

  it("measures support: the share of the question a pair of sentences of one passage states", () => {
    const strong = compose("durata minima del conferimento", [
      source("a", "Ogni conferimento ha una durata minima di cinque anni."),
    ]);
    const weak = compose("durata minima del conferimento", [
      source("a", "Il testo parla di altro e cita una durata qualsiasi."),
    ]);
    expect(strong.support).toBeGreaterThan(0.9);
    expect(weak.support).toBeLessThan(0.6);
  });

  it("never quotes template blanks or editor comments", () => {
    const text =
      "<!-- nota per chi modifica -->\nLa convenzione ha durata di … anni. La convenzione si applica a tutti i Comuni aderenti all'Unione.";
    const answer = compose("a chi si applica la convenzione?", [source("a", text, { kind: "template" })]);
    expect(answer.text).not.toMatch(/…|<!--/);
  });

  it("names the act that decided first when the question asks for the act, also for an annex approved with it", () => {
    const ref = { type: "delibera", organ: "consiglio", number: "14", date: "2026-03-24", year: 2026 };
    const annex = source(
      "a",
      "Il presente regolamento disciplina il funzionamento delle commissioni consiliari permanenti del Comune.",
      {
        path: "documenti/regolamento-commissioni.pdf",
        page: 1,
        act: {
          type: "regolamento",
          organ: null,
          number: null,
          date: null,
          year: null,
          subject: "Regolamento per il funzionamento delle commissioni consiliari",
          label: "Regolamento (allegato alla Delibera di Consiglio n. 14 del 24/03/2026)",
          subKind: null,
          sectorNumber: null,
          parent: ref,
        },
      },
    );
    const asked = compose("con quale delibera è stato approvato il regolamento delle commissioni consiliari?", [annex]);
    expect(asked.text).toMatch(/^Delibera di Consiglio n\. 14 del 24\/03\/2026: .*commissioni consiliari.*\[1\]$/s);
    // Asked something else, the same passage answers without the act in front.
    const other = compose("di cosa si occupa il regolamento delle commissioni consiliari?", [annex]);
    expect(other.text).not.toMatch(/^Delibera/);
  });

  it("keeps a document's own bracketed number from reading as a citation", () => {
    const text = "Il proprietario deve rimuovere i rifiuti entro e non oltre [3] giorni dalla notifica dell'ordinanza.";
    const answer = compose("entro quanti giorni deve rimuovere i rifiuti il proprietario?", [source("a", text)]);
    expect(answer.text).toContain("entro e non oltre (3) giorni");
    expect(answer.text).toMatch(/\[1\]$/);
  });

  it("reads a clause ending with ';' on to the end of its sentence, and never glues two distant clauses", () => {
    const text =
      "Il termine è stato rinviato molte volte dalle leggi di proroga annuali; l'ultimo rinvio confermato lo ha portato al 31/12/2024 (D.L. 215/2023). Eventuali rinvii successivi sono da verificare.";
    const answer = compose("il termine delle proroghe annuali?", [source("a", text)]);
    expect(answer.text).toContain("proroga annuali; l'ultimo rinvio confermato lo ha portato al 31/12/2024");
  });

  it("never quotes the title line of a unit or the bare heading of an act's part", () => {
    const unit = source(
      "a",
      "Art. 19 — Un Comune in una sola Unione; durata minima dell'Unione\nUn Comune può far parte di una sola Unione, e lo statuto ne fissa la durata.",
      { article: "art. 19" },
    );
    const answer = compose("un comune può stare in due unioni?", [unit]);
    expect(answer.text).not.toMatch(/Art\. 19 —/);
    const act = source(
      "b",
      "ORDINA\nla chiusura di tutte le scuole del territorio comunale per la giornata del 1° aprile 2026.",
    );
    expect(compose("cosa ordina per le scuole?", [act]).text).not.toMatch(/^ORDINA/);
  });

  it("completes a rule of the law with the law, never with a sentence of an act in the archive", () => {
    const rule = source(
      "a",
      "Ogni conferimento di funzione all'Unione deve durare almeno cinque anni dalla delibera.",
      {
        article: "art. 19",
      },
    );
    const act = source(
      "b",
      "Il Comune conferisce all'Unione la funzione di protezione civile con la presente delibera, dal primo gennaio.",
      { kind: "document", path: "documenti/albo/delibera-12.pdf", page: 2 },
    );
    const answer = compose("quanti anni deve durare il conferimento di una funzione dei comuni all'unione?", [
      rule,
      act,
    ]);
    expect(answer.text).toMatch(/almeno cinque anni/);
    expect(answer.text).not.toMatch(/protezione civile/);
  });

  it("answers both parts of a question on an act, taking the amount from the act's own text when worded apart", () => {
    const path = "documenti/albo/determina-216.pdf";
    const premesse = source(
      "a",
      "Occorreva procedere all'acquisto di nuove pistole per il personale della Polizia Municipale, dismettendo le armi ormai datate.",
      { kind: "document", path, page: 1, section: "premesse" },
    );
    const dispositivo = source(
      "b",
      "Di liquidare alla ditta Armeria Piccolo la somma complessiva di € 2.552,00 IVA compresa per la fornitura.",
      { kind: "document", path, page: 2, section: "dispositivo" },
    );
    const answer = compose("le pistole nuove dei vigili quanto le abbiamo pagate?", [premesse, dispositivo]);
    expect(answer.text).toMatch(/pistole/);
    expect(answer.text).toMatch(/€ 2\.552,00.*\[\d\]$/m);
  });

  it("states the figure the act decides, not one a support quotes from a table of the same act", () => {
    const path = "documenti/albo/determina-200.pdf";
    const subject = source(
      "a",
      "Servizio di interpretariato in lingua dei segni per un'alunna: liquidazione del mese di febbraio 2026.",
      { kind: "document", path, page: 1, section: "oggetto" },
    );
    const table = source(
      "b",
      "Impegno sottosubimpegno 18 importo € 5.624,93 liquidazione interpretariato alunna creditore Iorio.",
      { kind: "document", path, page: 3 },
    );
    const decided = source("c", "Di liquidare alla professionista la somma di € 2.025,04 per il mese di febbraio.", {
      kind: "document",
      path,
      page: 2,
      section: "dispositivo",
    });
    const answer = compose("quanto abbiamo liquidato per l'interprete dell'alunna a febbraio?", [
      subject,
      table,
      decided,
    ]);
    expect(answer.text).toMatch(/€ 2\.025,04.*\[\d\]$/m);
  });

  it("takes a missing datum from passages of the answering act found apart, citing only those it quotes", () => {
    const path = "documenti/albo/delibera-53.pdf";
    const lead = source(
      "a",
      "Visto che l'Ente ha ricevuto il contributo per il potenziamento dei servizi sociali per € 49.581,64; si nomina il responsabile del procedimento.",
      { kind: "document", path, page: 1, section: "premesse" },
    );
    const unrelated = source("b", "Il piano delle performance individua gli obiettivi dei servizi sociali.", {
      kind: "document",
      path: "documenti/albo/piano.pdf",
      page: 4,
    });
    const named = source(
      "c",
      "Di individuare quale responsabile del procedimento il Responsabile del Servizio arch. Giuseppe Canonico.",
      { kind: "document", path, page: 2, section: "dispositivo" },
    );
    const unused = source("d", "Di dare atto che il presente atto è pubblicato all'albo pretorio.", {
      kind: "document",
      path,
      page: 2,
      section: "dispositivo",
    });
    const question = "il contributo per i servizi sociali quanto è e chi è il responsabile del procedimento?";
    const answer = composeQuestion(question, [lead, unrelated, named, unused], { completionFrom: 2 });
    expect(answer.text).toMatch(/€ 49\.581,64/);
    expect(answer.text).toMatch(/arch\. Giuseppe Canonico\. \[3\]$/m);
    // The completion passage that says nothing asked is not shown as a source.
    expect(answer.order).toEqual([0, 1, 2]);
    expect(answer.unanswered).toEqual([]);
  });

  it("completes a missing datum with the sentence whose terms stand as the question's do, not the first that has them", () => {
    const path = "documenti/albo/delibera-42.pdf";
    const act = (id: string, text: string, page: number) => source(id, text, { kind: "document", path, page });
    const lead = act(
      "a",
      "Si assevera il rispetto del limite del valore medio della spesa di personale del triennio.",
      4,
    );
    const scattered = act(
      "b",
      "Il valore della spesa effettiva del triennio resta sotto quello medio del personale: € 238.612,30.",
      8,
    );
    const stated = act("c", "Il valore medio della spesa di personale del triennio è pari a € 1.313.723,95.", 6);
    const question = "qual è il valore medio della spesa di personale del triennio?";
    const answer = composeQuestion(question, [lead, scattered, stated], { completionFrom: 1 });
    expect(answer.text).toMatch(/€ 1\.313\.723,95\. \[1\]$/m);
    expect(answer.text).not.toMatch(/238\.612,30/);
  });

  it("answers 'chi se ne deve occupare?' with the clause of the act that gives the task, not another act's office", () => {
    const path = "documenti/albo/Delibera_40__5425_DeliberadiGiunta_Copia_40_2026_1.pdf";
    const lead = source(
      "a",
      "4. DI AVVIARE una procedura di manifestazione di interesse per la costruzione del Patto di Destinazione;",
      { kind: "document", path, page: 2, section: "dispositivo" },
    );
    const otherAct = source(
      "b",
      "2. DI DEMANDARE al Responsabile della Polizia Locale la vigilanza durante le manifestazioni di interesse comunale;",
      { kind: "document", path: "documenti/albo/Delibera_58__5540_DeliberadiGiunta_Copia_58_2026_1.pdf", page: 4 },
    );
    const mentioned = source(
      "c",
      "2. DI ESPRIMERE indirizzo favorevole alla partecipazione all'Avviso pubblico della Regione Campania;",
      { kind: "document", path, page: 2, section: "dispositivo" },
    );
    const assigned = source(
      "d",
      "6. DI DEMANDARE al Servizio Turismo e Promozione del Patrimonio l'adozione di tutti gli atti conseguenti;",
      { kind: "document", path, page: 2, section: "dispositivo" },
    );
    const question = "chi si deve occupare della manifestazione di interesse per il patto di destinazione?";
    const answer = composeQuestion(question, [lead, otherAct, mentioned, assigned], { completionFrom: 2 });
    expect(answer.text).toMatch(/Servizio Turismo/);
    expect(answer.text).not.toMatch(/Polizia Locale|Regione Campania/);
  });

  it("opens with the fact found later in the lead's own passage without listing that passage twice", () => {
    const ordinance = source(
      "a",
      "ORDINA al proprietario la immediata rimozione dei rifiuti dall'area al Fg. 6 part.lla 144 mediante ditte autorizzate.\nLe ulteriori prescrizioni tecniche sono riportate in allegato.\n• avvio delle operazioni non oltre le 24 ore dalla notifica del presente provvedimento;",
      { kind: "document", path: "documenti/albo/ordinanza-15.pdf", page: 2, section: "dispositivo" },
    );
    const other = source("b", "Il regolamento comunale disciplina la gestione dei rifiuti urbani.", {
      kind: "document",
      path: "documenti/albo/regolamento.pdf",
      page: 1,
    });
    const question = "rifiuti al fg 6 part 144: il proprietario entro quando deve partire con la rimozione?";
    const answer = compose(question, [ordinance, other]);
    expect(new Set(answer.order).size).toBe(answer.order.length);
    expect(answer.text).toMatch(/24 ore/);
  });

  it("opens with the passage of the same act that states the date asked when the lead does not", () => {
    const path = "documenti/albo/determina-195.pdf";
    const premise = source(
      "a",
      "Si ritiene di avviare la procedura per il supporto al RUP sui progetti PNRR mediante stipula di accordo quadro con un solo operatore economico.",
      { kind: "document", path, page: 3, section: "premesse" },
    );
    const decided = source(
      "b",
      "4. di STABILIRE che l'accordo quadro per il supporto al RUP avrà durata dalla data di stipula fino al 31 dicembre 2026.",
      { kind: "document", path, page: 4, section: "dispositivo" },
    );
    const answer = compose("fino a quando dura l'accordo quadro per il supporto al rup pnrr?", [premise, decided]);
    expect(answer.order[0]).toBe(1);
    expect(answer.text.split("\n")[0]).toMatch(/31 dicembre 2026.*\[1\]$/);
  });

  it("completes an act's answer with a passage of the same act before one of another act", () => {
    const plan = "documenti/albo/piano-raccolta.pdf";
    const lead = source(
      "a",
      "Il raggiungimento di una alta percentuale di raccolta differenziata consentirà una riduzione della tariffa.",
      { kind: "document", path: plan, page: 4 },
    );
    const other = source(
      "b",
      "La percentuale di spesa del personale da raggiungere nel 2026 è indicata nella tabella allegata.",
      { kind: "document", path: "documenti/albo/piao.pdf", page: 46 },
    );
    const target = source(
      "c",
      "Il Comune prevede l'aumento della raccolta differenziata al 31/12/2026 pari al 86,00%.",
      { kind: "document", path: plan, page: 7 },
    );
    const answer = compose("che percentuale di raccolta differenziata vogliamo raggiungere nel 2026?", [
      lead,
      other,
      target,
    ]);
    expect(answer.text).toContain("86,00%");
  });

  it("answers 'e se non lo fa?' with what the act provides when it is not obeyed", () => {
    const path = "documenti/albo/ordinanza-15.pdf";
    const ordered = source(
      "a",
      "• avvio delle operazioni di rimozione dei rifiuti da parte del proprietario non oltre le 24 ore dalla notifica;",
      { kind: "document", path, page: 2, section: "dispositivo" },
    );
    const warned = source(
      "b",
      "AVVERTE CHE in caso di inottemperanza si procederà all'esecuzione d'ufficio in danno, con recupero delle somme anticipate dal Comune;",
      { kind: "document", path, page: 2, section: "dispositivo" },
    );
    const answer = composeQuestion(
      "rifiuti al fg 6 part 144: entro quando deve partire il proprietario e se non lo fa?",
      [ordered, warned],
      { completionFrom: 1 },
    );
    expect(answer.text).toMatch(/24 ore/);
    expect(answer.text).toMatch(/esecuzione d'ufficio in danno/);
  });

  it("answers each identifier asked: the capitolo as well as the CIG", () => {
    const path = "documenti/albo/determina-307.pdf";
    const liquidation = source(
      "a",
      "Liquidazione per lo smaltimento della frazione umida conferita alla ditta INTERECO s.r.l. nel mese di marzo, CIG: BB38C9B2E6.",
      { kind: "document", path, page: 1, section: "premesse" },
    );
    const charged = source(
      "b",
      "Di dare atto che la spesa per lo smaltimento risulta regolarmente impegnata al Capitolo 1263.4, impegno 353/2026.",
      { kind: "document", path, page: 2, section: "dispositivo" },
    );
    const answer = compose("smaltimento umido intereco: su che capitolo va e che CIG ha?", [liquidation, charged]);
    expect(answer.text).toContain("BB38C9B2E6");
    expect(answer.text).toContain("Capitolo 1263.4");
  });

  it("leads with an act's notice of appeal only when the question is about the appeal", () => {
    const appeal = source(
      "a",
      "Avverso il presente provvedimento relativo alla TARI 2026 è ammesso ricorso al TAR entro 60 giorni dalla pubblicazione.",
      { kind: "document", path: "documenti/albo/delibera-7.pdf", page: 4, section: "dispositivo" },
    );
    const rule = source(
      "b",
      "Il comma 683 stabilisce che il Consiglio comunale approva le tariffe della TARI entro il termine fissato per il bilancio.",
      { kind: "document", path: "documenti/albo/delibera-7.pdf", page: 2, section: "premesse" },
    );
    const payment = compose("entro quando va pagata la prima rata della tari 2026?", [appeal, rule]);
    expect(payment.text).not.toMatch(/ricorso al TAR/);
    const challenge = compose("entro quanti giorni si può fare ricorso al tar contro la delibera della tari 2026?", [
      appeal,
      rule,
    ]);
    expect(challenge.text).toMatch(/ricorso al TAR entro 60 giorni/);
  });

  it("never takes the notice of appeal every act closes with (ricorso al TAR entro 60 giorni) for the deadline asked", () => {
    const path = "documenti/albo/ordinanza-15.pdf";
    const ordered = source(
      "a",
      "ORDINA al proprietario dell'area al Fg. 6 part.lla 144 la immediata rimozione di tutti i rifiuti presenti.",
      { kind: "document", path, page: 2, section: "dispositivo" },
    );
    const appeal = source(
      "b",
      "Avverso il presente provvedimento è ammesso ricorso al TAR entro 60 giorni o ricorso straordinario al Presidente della Repubblica entro 120 giorni.",
      { kind: "document", path, page: 3, section: "dispositivo" },
    );
    const term = source(
      "c",
      "• avvio ad horas delle operazioni e non oltre le 24 ore dalla notifica del provvedimento;",
      {
        kind: "document",
        path,
        page: 2,
        section: "dispositivo",
      },
    );
    const question = "rifiuti sul terreno al fg 6 part. 144: entro quando deve partire il proprietario?";
    const answer = composeQuestion(question, [ordered, appeal, term], { completionFrom: 1 });
    expect(answer.text).toMatch(/24 ore/);
    expect(answer.text).not.toMatch(/TAR/);
  });

  it("says which act and what about when the question names one act by its number, unless the quote opens with it", () => {
    const act = {
      type: "determinazione",
      organ: "responsabile",
      number: "326",
      date: "2026-05-07",
      year: 2026,
      subject: "Acquisto di porta badge per gli uffici del servizio sociale",
      label: "Determinazione n. 326 del 07/05/2026",
      subKind: null,
      sectorNumber: null,
      parent: null,
    };
    const decided = source(
      "a",
      "1. Di impegnare e liquidare la somma complessiva di € 183,00 IVA compresa alla ditta.",
      {
        kind: "document",
        path: "documenti/albo/det-326.pdf",
        page: 2,
        section: "dispositivo",
        act,
      },
    );
    const question = "det. 326 del 2026 quanto si paga iva compresa?";
    const named = composeQuestion(question, [decided], { namedAct: true });
    expect(named.text).toMatch(
      /^Determinazione n\. 326 del 07\/05\/2026 — Acquisto di porta badge.*:\n1\. Di impegnare .*€ 183,00/s,
    );
    const heading = {
      ...decided,
      text: "N. 326 DEL 07/05/2026 OGGETTO: Acquisto di porta badge per gli uffici del servizio sociale. Impegno di € 183,00.",
    };
    const quoted = composeQuestion(question, [heading], { namedAct: true });
    expect(quoted.text).toMatch(/^N\. 326 DEL/);
  });

  it("never adds as support a sentence that shares a single word with the question", () => {
    const rule = source(
      "a",
      "La Giunta dell'Unione deve essere formata dai sindaci dei Comuni aderenti oppure da un assessore per Comune.",
      { article: "art. 24 c.5" },
    );
    const noise = source("b", "La legge 56/2014 è composta da un solo articolo con molti commi numerati.", {
      article: "art. 1",
    });
    const question = "come deve essere composta la giunta dell'unione?";
    // "composta" is rare in the index, "giunta" and "unione" are everywhere: alone it outweighs them.
    const rare = analyze("composta")[0];
    const statistics = { documentCount: 50, documentFrequency: (term: string) => (term === rare ? 5 : 40) };
    const answer = composeQuestion(question, [rule, noise], { statistics });
    expect(answer.text).toMatch(/formata dai sindaci/);
    expect(answer.text).not.toMatch(/composta da un solo articolo/);
  });

  it("starts a short unit's quote at its fact, not behind a preamble that barely touches the question", () => {
    const unit = source(
      "a",
      "L'articolo fissa alcune regole di fondo delle Unioni. Un Comune può far parte di una sola Unione per tutte le funzioni. Lo statuto stabilisce la durata: la durata minima dell'Unione è di almeno dieci anni dalla costituzione.",
      { article: "art. 19" },
    );
    const answer = compose("qual è la durata minima dell'unione?", [unit]);
    expect(answer.text).toMatch(
      /^Lo statuto stabilisce la durata: la durata minima dell'Unione è di almeno dieci anni/,
    );
  });

  it("quotes the start of a passage with nothing quotable cut at a word and marked as cut", () => {
    const words = Array.from({ length: 80 }, (_, index) => `- voce${index}`).join("\n");
    const answer = compose("voce1 voce2", [source("a", words)]);
    expect(answer.text).toMatch(/^- voce0 - voce1 .* - voce\d+ \[…\] \[1\]$/);
  });

  it("quotes from a long table the rows that name what is asked, not the whole table", () => {
    const rows = [
      "1 Musei, biblioteche, scuole 2,10 5,30",
      "2 Campeggi, distributori carburanti 2,20 6,10",
      "3 Stabilimenti balneari 2,93 7,29",
      "4 Esposizioni, autosaloni 2,95 5,43",
      "5 Alberghi con ristorante 2,65 17,97",
      "6 Ospedali 2,65 7,82",
      "7 Negozi abbigliamento, calzature, libreria 2,49 7,75",
      "8 Banche ed istituti di credito 3,45 8,84",
    ];
    const answer = compose("quanto paga di tari un negozio di abbigliamento?", [
      source("a", `Tariffe TARI 2026 per le utenze non domestiche:\n${rows.join("\n")}`, {
        kind: "document",
        path: "documenti/tari.pdf",
        page: 3,
      }),
    ]);
    expect(answer.text).toContain("7 Negozi abbigliamento, calzature, libreria 2,49 7,75");
    expect(answer.text).not.toContain("Ospedali");
  });

  it("answers from a passage that is only a table with its asked row and column heading, not its first rows", () => {
    const table = [
      "Anno 2026 | Anno 2027 | Anno 2028",
      "1188 | Forniture e assistenza software | 41.000,00 € | 43.050,00 € | 45.202,50 €",
      "1188/11 | Carburanti per automezzi | 10.000,00 € | 11.000,00 € | 12.100,00 €",
      "1188/12 | Spese postali per stampa bollette | 10.000,00 € | 10.500,00 € | 11.025,00 €",
      "1188/13 | Canone di attraversamento circumvesuviana | 15.000,00 € | 15.000,00 € | 15.000,00 €",
    ].join("\n");
    const answer = compose("quanto mettiamo per il canone di attraversamento della circumvesuviana?", [
      source("a", table, { kind: "document", path: "documenti/piano-idrico.pdf", page: 13 }),
    ]);
    // Nothing in a table is quotable as prose: the answer was its opening words, "Anno 2026 … 41.000,00 € …".
    expect(answer.text).toBe(
      "Anno 2026 | Anno 2027 | Anno 2028\n1188/13 | Canone di attraversamento circumvesuviana | 15.000,00 € | 15.000,00 € | 15.000,00 € [1]",
    );
  });
});

describe("a name asked and shown by a supporting line", () => {
  it("counts the name in a plan's table heading as stated ('RESPONSABILE DOTT. ANDREA VITALE')", () => {
    // Tried: the support line showed the name, yet the answer was "Non ho trovato il nome": a title in capitals was
    // not read as a name, and a support's line was not counted as stating it.
    const document = (id: string, title: string, text: string): Source =>
      source(id, text, { path: `documenti/${id}.pdf`, title, kind: "document", page: 11 });
    const answer = compose(
      "nel piano performance 2026 chi e il responsabile del servizio turistico e promozione del territorio?",
      [
        document(
          "piao",
          "Piano integrato attività e organizzazione 2026/2028",
          "SOTTOSEZIONE PERFORMANCE: il servizio turistico e promozione del territorio cura gli eventi e la promozione del territorio comunale nel 2026.",
        ),
        document(
          "perf",
          "Piano della performance 2026",
          "6 – TURISTICO E PROMOZIONE DEL TERRITORIO RESPONSABILE DOTT. ANDREA VITALE OBIETTIVI: pubblicazioni e promozione del territorio.",
        ),
      ],
    );
    expect(answer.text).toContain("ANDREA VITALE");
    expect(answer.unanswered).toEqual([]);
  });
});
