import { describe, expect, it } from "vitest";
import { analyzeQuestion, questionParts } from "../../../src/answering/question-analysis.js";
import { continuesPart } from "../../../src/answering/question-split.js";
import type { Source } from "../../../src/core/types.js";
import { composeQuestion } from "../../support/compose-question.js";

const path = "documenti/albo/Delibera_61__5605_DeliberadiGiunta_Copia_61_2026_1.pdf";

function page(id: string, text: string, extra: Partial<Source> = {}): Source {
  return {
    id,
    path,
    title: "Delibera di Giunta n. 61 del 12/05/2026",
    kind: "document",
    unione: null,
    article: null,
    page: 2,
    score: 1,
    text,
    ...extra,
  };
}

describe("the parts of a question asked in several parts", () => {
  it("splits at a question mark followed by more, and where 'e chi / e quando / e dove…' opens another", () => {
    expect(questionParts("chi era assente? e chi si è astenuto?")).toEqual(["chi era assente", "e chi si è astenuto?"]);
    expect(questionParts("dove ha lo studio l'avvocato e perché l'incarico è andato a lei?")).toEqual([
      "dove ha lo studio l'avvocato",
      "perché l'incarico è andato a lei?",
    ]);
  });

  it("splits where 'e con che / e a chi / e da quando…' opens another part", () => {
    expect(questionParts("dove ha lo studio l'avv. Corrado e con che protocollo è arrivata la sua pec?")).toEqual([
      "dove ha lo studio l'avv. Corrado",
      "con che protocollo è arrivata la sua pec?",
    ]);
  });

  it("keeps the subject named before a colon out of the parts: it belongs to each of them", () => {
    expect(
      questionParts("festa dei libri: che associazione ha chiesto il patrocinio e che scritta va sul materiale?"),
    ).toEqual(["che associazione ha chiesto il patrocinio", "che scritta va sul materiale?"]);
  });

  it("reads an elliptical part ('e per una replica?') as asking what the part before it asked", () => {
    const parts = analyzeQuestion("quanto può parlare un consigliere per intervento? e per una replica?").parts;
    expect(parts.map((part) => [...part.question.kinds])).toEqual([["quantity"], ["quantity"]]);
    // A part that asks something of its own keeps it.
    const own = analyzeQuestion("quanto costa il servizio? e per il bancomat chi paga?").parts;
    expect([...own[1]!.question.kinds]).toContain("who");
    expect(continuesPart("e per i non residenti?")).toBe(true);
    expect(continuesPart("e quando scade?")).toBe(false);
  });

  it("reads who signed a block, asked alone, as one part naming the block", () => {
    expect(questionParts("dg 46 fermo fiscale: chi ha firmato il parere tecnico?", true)).toEqual([
      "chi ha firmato il parere tecnico?",
    ]);
    expect(questionParts("dg 46 fermo fiscale: chi ha firmato il parere tecnico?")).toEqual([]);
  });

  it("finds no parts in a question in one part, with or without a subject before a colon", () => {
    expect(questionParts("quante funzioni deve gestire un'unione per avere i contributi?")).toEqual([]);
    expect(questionParts("festa dei libri: che associazione ha chiesto il patrocinio?")).toEqual([]);
  });
});

describe("an answer to a question in several parts", () => {
  const request = page(
    "a",
    "• con istanza acquisita al protocollo prot. 4474/2026, l'Associazione La Piccola Cometa ha richiesto la concessione del patrocinio morale per la Festa dei libri e dei fumetti;",
  );
  const conditions = page(
    "b",
    "• riportare su tutto il materiale promozionale la dicitura “Evento sostenuto dal Comune” unitamente al logo istituzionale;",
    { page: 3, section: "dispositivo" },
  );

  it("answers the part the lead leaves out with the sentence of the same act that states it", () => {
    const question =
      "festa dei libri e dei fumetti: che associazione ha chiesto il patrocinio e che scritta devono mettere sul materiale promozionale?";
    const answer = composeQuestion(question, [request, conditions]);
    expect(answer.text).toContain("La Piccola Cometa");
    expect(answer.text).toContain("Evento sostenuto dal Comune");
  });

  it("adds nothing when the question is in one part", () => {
    const answer = composeQuestion("festa dei libri e dei fumetti: che associazione ha chiesto il patrocinio?", [
      request,
      conditions,
    ]);
    expect(answer.text).not.toContain("materiale promozionale");
  });

  it("never answers a part of an act's question with a sentence of another act", () => {
    const other = { ...conditions, id: "c", path: "documenti/albo/Determinazione_260__5504_Copia_260_2026_1.pdf" };
    const question =
      "festa dei libri e dei fumetti: che associazione ha chiesto il patrocinio e che scritta devono mettere sul materiale promozionale?";
    const answer = composeQuestion(question, [request, other]);
    expect(answer.text).toContain("La Piccola Cometa");
    expect(answer.text).not.toContain("Evento sostenuto dal Comune");
  });

  it("answers 'chi l'ha firmato?' with the block the part names and the signature that closes it", () => {
    const opinion = page(
      "d",
      [
        "PARERE DI REGOLARITA' TECNICA (art. 49, comma 1, del D.lgs. n. 267/2000)",
        "Si rilascia parere di regolarità tecnica attestante la correttezza dell'azione amministrativa.",
        "Esito: Favorevole",
        "Avella (AV), 24/03/2026",
        "Il Responsabile del Servizio f.to Avv. Massimiliano Sorriento",
      ].join("\n"),
      { page: 5 },
    );
    const question =
      "festa dei libri e dei fumetti: che associazione ha chiesto il patrocinio? e il parere tecnico chi l'ha firmato?";
    const answer = composeQuestion(question, [request, opinion]);
    expect(answer.text).toContain("La Piccola Cometa");
    expect(answer.text).toMatch(/PARERE DI REGOLARITA' TECNICA .* — .*f\.to Avv\. Massimiliano Sorriento/);
  });

  it("answers 'chi ha firmato il parere tecnico?' asked alone the same way, and counts the name as stated", () => {
    const decision = page(
      "a",
      "1. di confermare l'importo dei diritti di istruttoria in € 50,00 per ogni istanza presentata.",
    );
    const opinion = page(
      "d",
      [
        "PARERE DI REGOLARITA' TECNICA (art. 49, comma 1, del D.lgs. n. 267/2000)",
        "Si rilascia parere di regolarità tecnica attestante la correttezza dell'azione amministrativa.",
        "Esito: Favorevole",
        "Il Responsabile del Servizio f.to Cap. dott. Francesco Tavasso",
      ].join("\n"),
      { page: 4 },
    );
    const answer = composeQuestion("dg 61 diritti di istruttoria: chi ha firmato il parere tecnico?", [
      decision,
      opinion,
    ]);
    expect(answer.text).toMatch(/PARERE DI REGOLARITA' TECNICA .* — .*f\.to Cap\. dott\. Francesco Tavasso/);
    expect(answer.unanswered).toEqual([]);
  });
  it("reads 'quanto spetta a X e quanto al notificatore?' as money asked of each, and quotes each item's amount", () => {
    const parts = analyzeQuestion("incentivi fogna: quanto spetta all'ing. costanzo e quanto al notificatore?").parts;
    expect(parts.map((part) => part.question.kinds.has("amount"))).toEqual([true, true]);
    const plan = page(
      "p",
      [
        "Riepilogo costi da impegnare su bilancio 2026 - 2028",
        "1229/5 | Quota ATO | 7.603,36 € | 7.603,36 €",
        "1229/4 | Versamento quota Regione Campania acque reflue | 94.572,54 € | 94.572,54 €",
        "Interessi Passivi oneri finanziari su mutui | 33.251,00 €",
      ].join("\n"),
    );
    const intro = page(
      "i",
      "4. PIANO DEGLI ACQUISTI. Per le somme eccedenti si farà fronte a mutui; per la rete fognaria si utilizzeranno i fondi stanziati dalla Regione Campania.",
    );
    const answer = composeQuestion(
      "piano idrico: quanto mettiamo per la quota ato e quanto va alla regione per le acque reflue?",
      [intro, plan],
    );
    // Tried before: one line for the whole question, the Regione's (its "quota" also named the first item).
    expect(answer.text).toContain("Quota ATO | 7.603,36 €");
    expect(answer.text).toContain("acque reflue | 94.572,54 €");
  });

  it("answers 'chi ha firmato il parere tecnico e chi quello contabile?' with each block and its own signature", () => {
    const decision = page("a", "1. di approvare il calendario delle aperture straordinarie degli uffici anagrafici.");
    const opinions = page(
      "d",
      [
        "PARERE DI REGOLARITA' TECNICA (art. 49, comma 1, del D.lgs. n. 267/2000)",
        "Si rilascia parere di regolarità tecnica attestante la correttezza dell'azione amministrativa.",
        "Esito: Favorevole",
        "Il Responsabile del Servizio",
        "f.to CANONICO GIUSEPPE",
        "PARERE DI REGOLARITA' CONTABILE (art. 147 bis, comma 1, del D.lgs. n. 267/2000)",
        "Si rilascia parere di regolarità contabile attestante la copertura finanziaria.",
        "Esito: Favorevole",
        "Il Responsabile del Servizio",
        "f.to dott.ssa Elisabetta Nisi",
      ].join("\n"),
      { page: 5 },
    );
    const answer = composeQuestion(
      "dg 47 aperture domenicali: chi ha firmato il parere tecnico e chi quello contabile?",
      [decision, opinions],
    );
    // Tried before: the signature ran on into the next heading, and that one line answered both parts.
    expect(answer.text).toMatch(/TECNICA .* — .*f\.to CANONICO GIUSEPPE/);
    expect(answer.text).toMatch(/CONTABILE .* — .*f\.to dott\.ssa Elisabetta Nisi/);
  });

  it("does not take a signer of another role for the one asked", () => {
    const notice = page(
      "a",
      [
        "Le osservazioni al Piano di Prevenzione della Corruzione e per la Trasparenza vanno inviate entro il 21 marzo 2026.",
        "• all'indirizzo di posta elettronica: comune.avella@cert.irpinianet.eu;",
        "Il Segretario Generale/Responsabile della prevenzione della corruzione f.to Avv. Stefania URCIUOLI",
        "Il Responsabile della Trasparenza f.to Dr. Andrea VITALE",
      ].join("\n"),
      { page: 2 },
    );
    const answer = composeQuestion(
      "osservazioni al piano anticorruzione: a che pec le mando? e chi firma come responsabile trasparenza?",
      [notice],
    );
    expect(answer.text).toContain("Andrea VITALE");
  });
});
