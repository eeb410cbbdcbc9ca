import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createAskService } from "../../../src/answering/ask-service.js";
import { sessionAsk, sessionLines } from "../../../src/answering/session-facts.js";
import { silentLogger } from "../../../src/core/logger.js";
import type { Source } from "../../../src/core/types.js";
import { analyze } from "../../../src/index-format/italian-analyzer.js";
import type { HybridRetriever } from "../../../src/retrieval/hybrid-retriever.js";
import { composeQuestion } from "../../support/compose-question.js";

// The opening of a deliberation of the Giunta as the notice board publishes it (Delibera 49/2026, p. 1).
const opening = [
  "L'anno duemilaventisei, il giorno nove, del mese di aprile, alle ore 13:00, si è riunita la Giunta Comunale.",
  "Nominativo | Ruolo | Presente Assente | Da remoto",
  "BIANCARDI VINCENZO | SINDACO | Presente",
  "BIANCARDI LUIGI | ASSESSORE | Assente",
  "BIANCARDI GIOVANNI | ASSESSORE | Assente",
  "Partecipa con funzioni consultive, e ne cura la verbalizzazione, il SEGRETARIO COMUNALE, Avv. Stefania Urciuoli.",
  "Il SINDACO Dott. Vincenzo Biancardi, constatato che gli intervenuti sono in numero legale, dichiara aperta la seduta.",
  "Con VOTI unanimi palesemente espressi",
].join("\n");

const act = (id: string, text: string, section: Source["section"]): Source => ({
  id,
  path: "documenti/albo/Delibera_49__5485_DeliberadiGiunta_Copia_49_2026_1.pdf",
  title: "Delibera di Giunta n. 49 del 09/04/2026",
  kind: "document",
  unione: null,
  article: null,
  page: 1,
  section,
  score: 1,
  text,
});

describe("what a deliberation records of its sitting", () => {
  it("reads what is asked of the sitting, and not a body's president nor a reason", () => {
    expect(sessionAsk("chi mancava in giunta il 9 aprile?")).toBe("absent");
    expect(sessionAsk("chi la presiedeva visto che il sindaco non c'era?")).toBe("presided");
    expect(sessionAsk("è passata all'unanimità o qualcuno ha votato contro?")).toBe("vote");
    expect(sessionAsk("chi ha curato la verbalizzazione?")).toBe("secretary");
    expect(sessionAsk("chi presiede la delegazione trattante?")).toBeNull();
    expect(sessionAsk("perché il sindaco non c'era?")).toBeNull();
    expect(sessionAsk("un consigliere da remoto può votare a scrutinio segreto?")).toBeNull();
    expect(sessionAsk("quanti consiglieri erano presenti al consiglio del 24 marzo?")).toBe("present");
  });

  it("quotes the rows and lines that record it, as written", () => {
    expect(sessionLines("absent", opening)).toEqual([
      "BIANCARDI LUIGI | ASSESSORE | Assente",
      "BIANCARDI GIOVANNI | ASSESSORE | Assente",
    ]);
    expect(sessionLines("presided", opening)).toEqual([
      expect.stringMatching(/^Il SINDACO .* dichiara aperta la seduta\.$/),
    ]);
    expect(sessionLines("vote", opening)).toEqual(["Con VOTI unanimi palesemente espressi"]);
    // The table's totals answer "quanti erano presenti?".
    expect(
      sessionLines("present", "BIANCARDI VINCENZO SINDACO Presente\nIl presente atto è esecutivo.\nTot. 4 | Tot. 1"),
    ).toEqual(["BIANCARDI VINCENZO SINDACO Presente", "Tot. 4 | Tot. 1"]);
    // The second vote, on immediate effect, says nothing of how the act itself was voted.
    const council =
      "Voti favorevoli n. 9 – Voti contrari 3 (Cacace, Maietta, Salapete)\nDi rendere con voti favorevoli n. 12 la delibera immediatamente eseguibile";
    expect(sessionLines("vote", council)).toEqual([
      "Voti favorevoli n. 9 – Voti contrari 3 (Cacace, Maietta, Salapete)",
    ]);
  });

  it("opens the answer with the act's record of its sitting, not with what it decided", () => {
    const decided = act(
      "d1",
      "1. DI APPROVARE il riaccertamento ordinario dei residui attivi e passivi al 31/12/2025.",
      "dispositivo",
    );
    const answer = composeQuestion("chi mancava in giunta quando hanno approvato il riaccertamento dei residui?", [
      decided,
      act("p1", opening, "premesse"),
    ]);
    // Before, the answer quoted the dispositivo: the question's words are about the act, its datum is in the table.
    expect(answer.text.split("\n").slice(0, 2)).toEqual([
      "BIANCARDI LUIGI | ASSESSORE | Assente",
      "BIANCARDI GIOVANNI | ASSESSORE | Assente [1]",
    ]);
  });

  it("is an answer that states the name asked: no 'Non ho trovato il nome' for who was absent", async () => {
    const question = "chi era assente alla giunta del 9 aprile?";
    const passage = act("p1", opening, "premesse");
    const terms = [...new Set(analyze(question))].map((term) => ({ term, weight: 1 }));
    const retriever: HybridRetriever = {
      async search() {
        return [passage];
      },
      async searchDetailed() {
        return { sources: [passage], terms, matchedTerms: [terms.map((item) => item.term)], units: [passage.text] };
      },
      statistics: () => ({ documentCount: 100, documentFrequency: () => 1 }),
    };
    const promptsDir = join(import.meta.dirname, "..", "..", "..", "prompts");
    const service = createAskService({ retriever, chatModel: null, promptsDir, logger: silentLogger() });
    const result = await service.ask(question, { scope: { kind: "all" } });
    // A name is asked and the composer found no sentence "carrying" one: the datum gate said it was not found.
    expect(result.found).toBe(true);
    expect(result.answer).toMatch(/^BIANCARDI LUIGI \| ASSESSORE \| Assente/);
  });
});
