/**
 * Answers from the records: questions about an Unione's data, named in the question or bound to the channel,
 * answered from the shipped records and the readiness rules with the record as source; everything else goes to
 * the ask service. Bad input tried: a channel bound to another Unione, an unknown (null) fact, "esempio" used as
 * a common word, a law question asked in a bound channel, a non-member Comune.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createCommandRouter } from "../../../src/commands/router.js";
import type { AccessScope, AskResult, RequestContext } from "../../../src/core/types.js";
import { createFunctionCatalog } from "../../../src/knowledge/function-catalog.js";
import { loadUnioneRecords } from "../../../src/knowledge/load-records.js";
import { loadReadinessRules } from "../../../src/readiness/rules.js";
import { createStatusService } from "../../../src/readiness/status-service.js";
import { fakeRouterDeps } from "../../support/fake-router-deps.js";

const knowledgeDir = join(process.cwd(), "knowledge");
const catalog = createFunctionCatalog(knowledgeDir);
const records = loadUnioneRecords(knowledgeDir).records;
const clock = () => new Date("2026-11-27T09:00:00Z");

function router(calls: string[]) {
  const recordsService = {
    list: () => records,
    get: (id: string) => records.find((record) => record.id === id) ?? null,
    resolve: () => null,
    suggest: () => [],
  };
  const status = createStatusService({
    records: recordsService,
    rules: loadReadinessRules(knowledgeDir),
    catalog,
    clock,
  });
  const deps = fakeRouterDeps(calls, { catalog, status, clock });
  deps.records = { ...deps.records, list: recordsService.list, get: recordsService.get };
  deps.ask = {
    async ask(question, options) {
      calls.push(`ask:${options.scope.kind === "unione" ? options.scope.unione : options.scope.kind}`);
      return { answer: `Dalla legge: ${question}`, mode: "extractive", found: true, sources: [] };
    },
  };
  deps.feedback = { ...deps.feedback, recordAnswer: () => "a1" };
  return createCommandRouter(deps);
}

function context(scope: AccessScope): RequestContext {
  return { requestId: "r", transport: "slack", user: "U1", channel: "C1", isAdmin: false, boundUnione: null, scope };
}

async function ask(question: string, scope: AccessScope, calls: string[] = []): Promise<AskResult> {
  const result = await router(calls).execute({ name: "ask", question }, context(scope));
  if (result.type !== "answer") throw new Error(`atteso una risposta, ottenuto ${result.type}`);
  return result.result;
}

const delta: AccessScope = { kind: "unione", unione: "terre-del-delta" };
const acqua: AccessScope = { kind: "unione", unione: "terre-d-acqua" };

describe("answers from the records", () => {
  it("'Terre del Delta è pronta?' states the verdict from the readiness report, citing the record and art. 24", async () => {
    const calls: string[] = [];
    const result = await ask("Terre del Delta è pronta?", delta, calls);
    expect(result.found).toBe(true);
    expect(result.answer).toMatch(
      /^No: l'Unione Terre del Delta non è ancora pronta: contano 0 funzioni su 4 richieste/,
    );
    expect(result.sources).toEqual([
      expect.objectContaining({
        kind: "record",
        path: "unioni/terre-del-delta/record.yaml",
        unione: "terre-del-delta",
        article: "art. 24",
      }),
    ]);
    expect(calls.some((call) => call.startsWith("ask:"))).toBe(false);
  });

  it("in a bound channel, 'quali Comuni ne fanno parte?' and 'quante funzioni ci mancano?' use the bound Unione", async () => {
    expect((await ask("quali Comuni ne fanno parte?", delta)).answer).toContain(
      "3 Comuni: Codigoro, Goro e Mesola. [1]",
    );
    const missing = await ask("quante funzioni ci mancano?", delta);
    expect(missing.answer).toContain("Ne mancano 4");
    expect(missing.answer).not.toContain("Centrale unica");
  });

  it("reads readiness and gaps however they are asked: 'cosa manca … per i contributi?', 'come è messa?'", async () => {
    const calls: string[] = [];
    const gap = await ask("cosa manca a terre d'acqua per avere i contributi?", { kind: "all" }, calls);
    expect(gap.answer).toMatch(/^Ne mancano \d+: per Unione Terre d'Acqua contano/);
    expect((await ask("come è messa terre del delta?", { kind: "all" }, calls)).answer).toMatch(
      /^No: l'Unione Terre del Delta non è ancora pronta/,
    );
    expect((await ask("possiamo chiedere i contributi?", delta, calls)).answer).toMatch(/^No: /);
    expect(calls.some((call) => call.startsWith("ask:"))).toBe(false);
  });

  it("a person the record does not hold ('chi è il presidente?') is 'Non ho trovato', not a paragraph of the scheda", async () => {
    const calls: string[] = [];
    const president = await ask("chi è il presidente dell'unione terre d'acqua?", { kind: "all" }, calls);
    expect(president.found).toBe(false);
    expect(president.answer).toMatch(/^Non ho trovato il dato: .*ruolo di presidente/);
    // Who appoints the president is a question of law, not of the record.
    await ask("chi nomina il presidente dell'unione?", delta, calls);
    expect(calls).toContain("ask:terre-del-delta");
  });

  it("says what the record does not hold: an office named first, the staff count, the contacts", async () => {
    // Tried: each got a paragraph of the scheda listing the member Comuni, as if it answered.
    const secretary = await ask("il segretario di terre del delta chi è?", { kind: "all" });
    expect(secretary.answer).toMatch(/^Non ho trovato il dato: .*ruolo di segretario/);
    const staff = await ask("quanti dipendenti ha terre d'acqua?", { kind: "all" });
    expect(staff.found).toBe(false);
    expect(staff.answer).toMatch(/^Non ho trovato il dato: .*numero dei dipendenti/);
    expect((await ask("qual è la pec di terre del delta?", { kind: "all" })).answer).toContain(
      "non riporta telefono, PEC e sito dell'Unione",
    );
    // In a bound channel a contact asked of an act is still looked for in the acts; one asked of the Unione is not.
    const calls: string[] = [];
    await ask("a che pec mando le osservazioni al piano anticorruzione?", delta, calls);
    expect(calls).toContain("ask:terre-del-delta");
    expect((await ask("qual è la pec dell'unione?", delta)).answer).toContain(
      "non riporta telefono, PEC e sito dell'Unione",
    );
  });

  it("answers whether one function is managed together with yes or not yet, then the record's line", async () => {
    // Tried: "gestisce la protezione civile?" listed the active functions without saying whether it was among them.
    const civil = await ask("Terre d'Acqua gestisce la protezione civile in forma associata?", { kind: "all" });
    expect(civil.answer).toMatch(/^Non ancora: il conferimento è solo proposto/);
    const police = await ask("terre del delta ha la polizia locale?", { kind: "all" });
    expect(police.answer).toMatch(/^Sì, risulta in gestione associata .*art\. 24/);
  });

  it("tells counting the functions held from counting those missing, and a function's date from the Unione's", async () => {
    // Tried: "quante funzioni associate ha?" got "Ne mancano 4"; "la CUC da quando è attiva?" got the Unione's start.
    const held = await ask("quante funzioni associate ha terre d'acqua?", { kind: "all" });
    expect(held.answer).toMatch(/^L'Unione Terre d'Acqua: 4 funzioni in gestione associata attiva: /);
    expect((await ask("quante funzioni ci mancano a terre del delta?", { kind: "all" })).answer).toMatch(
      /^Ne mancano 4/,
    );
    const cuc = await ask("la cuc di terre d'acqua da quando è attiva?", { kind: "all" });
    expect(cuc.answer).toContain("Centrale unica di committenza");
    expect(cuc.answer).not.toContain("operativa dal 01/01/2012");
  });

  it("answers 'qual è il prossimo passo?' with the step first, and reads 'è ancora nell'Unione?' as membership", async () => {
    const step = await ask("qual è il prossimo passo per terre del delta?", { kind: "all" });
    expect(step.answer).toMatch(/^Primo passo: /);
    expect(step.answer).toContain("L'Unione Terre del Delta non è ancora pronta");
    const former = await ask("fiscaglia è ancora nell'unione del delta?", { kind: "all" });
    expect(former.answer).toMatch(/^No: Fiscaglia non fa parte dell'Unione Terre del Delta/);
    const proposed = await ask("quali funzioni pensa di conferire terre d'acqua?", { kind: "all" });
    expect(proposed.answer).toContain("Funzioni proposte");
  });

  it("in a bound channel, reads 'il suap quando parte?', 'la gestiamo già?' and 'il nostro presidente' as its Unione's", async () => {
    const calls: string[] = [];
    expect((await ask("il suap quando parte?", delta, calls)).answer).toContain("avvio previsto il 31/12/2024");
    expect((await ask("la protezione civile la gestiamo già?", delta, calls)).answer).toMatch(/^Non ancora: /);
    expect((await ask("chi è il nostro presidente?", delta, calls)).answer).toMatch(/ruolo di presidente/);
    expect(calls.some((call) => call.startsWith("ask:"))).toBe(false);
    // Whether a function counts may be asked of the law: it still goes to the ask service.
    await ask("la polizia locale conta se un comune non la conferisce?", delta, calls);
    expect(calls).toContain("ask:terre-del-delta");
  });

  it("recognises the Unione named loosely ('terre d'acqua', 'del delta') from an unbound admin view", async () => {
    expect((await ask("da quando è operativa terre d'acqua?", { kind: "all" })).answer).toContain(
      "operativa dal 01/01/2012",
    );
    expect((await ask("dove ha sede l'unione del delta?", { kind: "all" })).answer).toContain("è a Codigoro");
    const planned = await ask("il suap del delta quando parte?", { kind: "all" });
    expect(planned.answer).toContain("avvio previsto il 31/12/2024");
  });

  it("an unknown (null) fact is 'Non ho trovato' naming the record and the fact, found: false", async () => {
    const seat = await ask("qual è la sede di terre d'acqua?", { kind: "all" });
    expect(seat.found).toBe(false);
    expect(seat.answer).toMatch(
      /^Non ho trovato il dato: la scheda dell'Unione Terre d'Acqua non riporta la sede \(da verificare\)/,
    );
    const comune = await ask("quanti abitanti ha mesola?", { kind: "all" });
    expect(comune.found).toBe(false);
    expect(comune.answer).toContain("la popolazione del Comune di Mesola");
  });

  it("a channel bound to Terre d'Acqua never gets Terre del Delta's data: the question goes to the scoped ask", async () => {
    const calls: string[] = [];
    const result = await ask("Terre del Delta è pronta? e quali comuni ne fanno parte?", acqua, calls);
    expect(calls).toContain("ask:terre-d-acqua");
    expect(result.answer).not.toContain("Codigoro");
    expect(JSON.stringify(result.sources)).not.toContain("terre-del-delta");
  });

  it("a law question in a bound channel goes to the ask service", async () => {
    const calls: string[] = [];
    await ask("quante funzioni deve gestire un'unione per avere i contributi?", delta, calls);
    expect(calls).toContain("ask:terre-del-delta");
  });

  it("a question about the acts in the archive goes to the ask service, even when it says 'Giunta'", async () => {
    for (const question of [
      "Quali delibere di Giunta del 2026 riguardano il personale?",
      "cosa dice la delibera della giunta n. 42 di terre d'acqua?",
      "la DG 46 cosa corregge?",
    ]) {
      const calls: string[] = [];
      await ask(question, acqua, calls);
      expect(calls, question).toContain("ask:terre-d-acqua");
    }
    // Asked about the Giunta itself, the record still answers.
    const calls: string[] = [];
    const giunta = await ask("com'è composta la giunta di terre d'acqua?", acqua, calls);
    expect(calls).not.toContain("ask:terre-d-acqua");
    expect(giunta.answer).toMatch(/Giunta/);
  });

  it("the fictional example answers only when named in full, and never for a real Unione", async () => {
    const calls: string[] = [];
    await ask("ad esempio, quali comuni ci sono?", { kind: "public" }, calls);
    expect(calls).toContain("ask:public");
    const example = await ask("quali comuni fanno parte dell'unione di esempio?", { kind: "public" });
    expect(example.answer).toMatch(/^\[ESEMPIO FITTIZIO: dati inventati\]/);
    const real = await ask("per esempio, quali comuni fanno parte di terre del delta?", { kind: "all" });
    expect(real.answer).toContain("Codigoro");
    expect(real.sources[0]?.unione).toBe("terre-del-delta");
  });

  it("a Comune that is not a member is said not to be one, with the members", async () => {
    const result = await ask("Fiscaglia fa parte di terre del delta?", { kind: "all" });
    expect(result.answer).toMatch(/^No: Fiscaglia non fa parte dell'Unione Terre del Delta/);
    expect(result.answer).toContain("Codigoro, Goro e Mesola");
  });

  it("functions by state, art. 7 c.3 and the programme dates come from the record and the rules", async () => {
    const planned = await ask("quali funzioni sono in programma per terre del delta?", { kind: "all" });
    expect(planned.answer).toContain("Protezione civile");
    expect(planned.answer).not.toMatch(/Polizia locale/);
    const art7 = await ask("terre d'acqua quante delle 7 funzioni dell'art 7 c3 gestisce?", { kind: "all" });
    expect(art7.answer).toContain("1 delle 7 funzioni elencate");
    expect(art7.sources[0]?.article).toBe("art. 7 c.3");
    const deadlines = await ask("che scadenze ha terre del delta?", { kind: "all" });
    expect(deadlines.answer).toContain("30/06/2024");
    expect(deadlines.answer).toContain("PRT 2024-2026");
  });
});
