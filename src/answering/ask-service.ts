/**
 * The ask use case: hybrid retrieval within the caller's scope, then a grounded answer. With a chat model the
 * answer is the model's, kept only if it cites retrieved sources; otherwise, or when the model fails, it is the
 * extractive answer. When nothing relevant is found the answer says so and lists the closest sources.
 */
import { UnioneError } from "../core/errors.js";
import type { Logger } from "../core/logger.js";
import type { AskOptions, AskResult, Chunk, ConversationTurn, Source } from "../core/types.js";
import { fold } from "../index-format/italian-analyzer.js";
import type { ChatModel } from "../llm/chat-model.js";
import type { HybridRetriever } from "../retrieval/hybrid-retriever.js";
import { askedSigla, definingSentence, siglaNotFoundAnswer, spelledOut } from "./acronym-definition.js";
import { answerCompletedFromAct } from "./act-completion.js";
import { actNarrowing, actNotFoundAnswer, citedActNotice } from "./act-narrowing.js";
import { actList, actOverview, asksActList, asksActOverview } from "./act-overview.js";
import { answersOutcome, asksLaterOutcome, outcomeNotFoundAnswer } from "./later-outcome.js";
import { articleNotIndexedAnswer, lawNotIndexedAnswer } from "./law-not-indexed.js";
import { createLlmAnswerer } from "./llm-answer.js";
import { analyzeQuestion, type QuestionAnalysis } from "./question-analysis.js";
import { statesEveryPart } from "./question-parts.js";
import { queryCoverage, relevanceThreshold } from "./relevance.js";
import { sentenceFeatures } from "./sentence-features.js";
import { tableRowAnswers } from "./table-row-evidence.js";
import { datumNotFoundAnswer, unstatedDatum } from "./unstated-datum.js";

/** The ask use case: a grounded answer within the caller's scope. */
export interface AskService {
  ask(question: string, options: AskOptions): Promise<AskResult>;
}

export interface AskServiceOptions {
  retriever: HybridRetriever;
  chatModel: ChatModel | null;
  promptsDir: string;
  logger: Logger;
  threshold?: number;
}

const defaultTopK = 5;
const maxQuestionChars = 2_000;
export const notFoundAnswer =
  "Non ho trovato nelle fonti indicizzate un passaggio che risponda a questa domanda. Prova a riformularla con altre parole, oppure verifica che il documento sia stato caricato (unione ingest).";
export const modelFailedNotice =
  "il modello linguistico non ha risposto; questa risposta è estratta direttamente dalle fonti.";

export function createAskService(options: AskServiceOptions): AskService {
  const answerWithModel = options.chatModel ? createLlmAnswerer(options.chatModel, options.promptsDir) : null;
  const threshold = options.threshold ?? relevanceThreshold;

  return {
    async ask(question: string, askOptions: AskOptions): Promise<AskResult> {
      const text = question.trim();
      if (!text)
        throw new UnioneError("BAD_USAGE", 'Manca la domanda. Uso: unione ask "<domanda>" [--unione ID] [--json]');
      if (text.length > maxQuestionChars)
        throw new UnioneError("INVALID_INPUT", "La domanda è troppo lunga: riassumila in poche righe.");
      const history = askOptions.history ?? [];
      const excluded = new Set(askOptions.excludeUnioni ?? []);
      const demoted = new Set(askOptions.demoteUnioni ?? []);
      let narrowing = actNarrowing(text);
      const analysis = analyzeQuestion(text);
      const searchWithin = (include?: (chunk: Chunk) => boolean) =>
        options.retriever.searchDetailed(
          retrievalQuery(text, history),
          askOptions.scope,
          askOptions.topK ?? defaultTopK,
          {
            ...(excluded.size > 0
              ? { exclude: (chunk: Chunk) => chunk.unione !== null && excluded.has(chunk.unione) }
              : {}),
            ...(include ? { include } : {}),
            ...(demoted.size > 0
              ? { demote: (chunk: Chunk) => chunk.unione !== null && demoted.has(chunk.unione) }
              : {}),
            ...(analysis.aboutClosing ? { aboutClosing: true } : {}),
          },
        );
      let search = await searchWithin(narrowing?.filter);
      // The act named is not indexed: the acts that cite it may still state a datum asked of it, and say so.
      let cited: { notice?: string } = {};
      if (narrowing && search.filterMatches === 0) {
        // Only for a datum asked of it ("con che numero è stata pubblicata?"): what an act provides is in its text.
        const citing = narrowing.citedBy && !asksActOverview(text) ? await searchWithin(narrowing.citedBy) : null;
        if (!citing || citing.sources.length === 0)
          return { answer: actNotFoundAnswer(narrowing), mode: "extractive", sources: [], found: false };
        cited = { notice: citedActNotice(narrowing) };
        search = citing;
        narrowing = null;
      }
      const unindexedLaw = search.lawsNotIndexed?.[0];
      if (analysis.kinds.has("reference") && unindexedLaw) {
        options.logger.debug({ law: unindexedLaw }, "ask: la norma citata non è tra le fonti");
        return { answer: lawNotIndexedAnswer(unindexedLaw), mode: "extractive", sources: search.sources, found: false };
      }
      if (analysis.kinds.has("reference") && search.articleNotIndexed) {
        options.logger.debug({ missing: search.articleNotIndexed }, "ask: l'articolo citato non è tra le fonti");
        const answer = articleNotIndexedAnswer(search.articleNotIndexed);
        return { answer, mode: "extractive", sources: search.sources, found: false };
      }
      const statistics = options.retriever.statistics();
      const coverage = queryCoverage(search, statistics);
      // An act the question names by its number, and indexed, is what the question is about: its passages answer
      // even when the rest of the question is worded unlike the act ("la DG 46 cosa corregge?"). So are the acts of
      // a sitting it names by its date, when it asks about that sitting ("la giunta del 7 maggio chi l'ha presieduta?").
      const namesActs = narrowing?.byNumber === true || (narrowing !== null && analysis.session !== null);
      const found =
        search.sources.length > 0 &&
        (coverage >= threshold || namesActs || tableRowAnswers(search, analysis, statistics));
      options.logger.debug({ coverage, found, sources: search.sources.length }, "ask: recupero completato");
      if (!found) return { answer: notFoundAnswer, mode: "extractive", sources: search.sources, found: false };
      // The passage that answers becomes source [1], for the reader and for the model alike.
      const { composed, search: read } = await answerCompletedFromAct(
        options.retriever,
        askOptions.scope,
        retrievalQuery(text, history),
        analysis,
        search,
        statistics,
        narrowing?.byNumber === true,
      );
      if (composed.unanswered.length > 0)
        options.logger.debug({ unanswered: composed.unanswered }, "ask: dati chiesti non trovati nelle fonti");
      const units = composed.order.map((index) => read.units[index] ?? read.sources[index]!.text);
      // Each source shows the whole unit the answer quoted from, so every quoted sentence is in its source's text.
      const sources = withUnitText(
        composed.order.map((index) => read.sources[index]!),
        units,
      );
      // One act named, and asked what it is about: offline, its OGGETTO and what its dispositivo decides — unless
      // another part of the question asks what the overview does not say ("… e il parere tecnico chi l'ha
      // firmato?"): that question is answered part by part (see question-parts.ts).
      if (narrowing?.byNumber && !answerWithModel && asksActOverview(text)) {
        const overview = await overviewOfAct(options.retriever, askOptions, search);
        if (overview && statesEveryPart(analysis.parts, overview.answer))
          return { ...overview, mode: "extractive", found: true };
      }
      // Acts of a kind and a period asked as a list: the acts themselves, each with its OGGETTO.
      if (narrowing && !narrowing.byNumber && !answerWithModel && asksActList(text)) {
        const list = actList(search.sources);
        if (list)
          return { answer: list, mode: "extractive", sources: withUnitText(search.sources, search.units), found: true };
      }
      const extractive = composed.text;
      // "l'aliquota IMU del Comune di Bologna": an answer that is not about the Comune named is no answer.
      if (!placeNamedIn(text, `${sources[0]?.title ?? ""} ${units[0] ?? ""}`)) {
        options.logger.debug("ask: il Comune nominato non è nella fonte che risponde");
        return { answer: notFoundAnswer, mode: "extractive", sources, found: false };
      }
      // A phone number, an address, a site asked and not in the answer: better no answer than a sentence near it
      // (offline; a model reads the whole passages and says "Non ho trovato" itself).
      if (!answerWithModel && asksUnstatedContact(analysis, extractive)) {
        options.logger.debug("ask: il recapito chiesto non è nelle fonti");
        return { answer: notFoundAnswer, mode: "extractive", sources, found: false };
      }
      // An amount, a time, a name, a code asked of the acts and stated by none of the passages found: the same.
      const unstated = isActPage(sources[0]) ? unstatedDatum(analysis, composed.unanswered) : null;
      if (!answerWithModel && unstated) {
        options.logger.debug({ unstated }, "ask: il dato chiesto non è nelle fonti");
        return { answer: datumNotFoundAnswer(unstated), mode: "extractive", sources, found: false };
      }
      // What a sigla stands for: the line that spells it out leads; none spells it out, no answer.
      const sigla = answerWithModel ? null : askedSigla(text);
      if (sigla && !spelledOut(extractive.split("\n")[0]!, sigla)) {
        const defining = definingSentence(units, sigla);
        if (!defining && !spelledOut(extractive, sigla))
          return { answer: siglaNotFoundAnswer(sigla), mode: "extractive", sources, found: false };
        if (defining) {
          const rest = extractive.split("\n").filter((line) => !line.startsWith(defining.text));
          const answer = [`${defining.text} [${defining.index + 1}]`, ...rest].join("\n");
          return { answer, mode: "extractive", sources, found: true, ...cited };
        }
      }
      // How something turned out later ("alla fine l'abbiamo vinto?"), and an answer that states no outcome.
      if (!answerWithModel && asksLaterOutcome(text) && !answersOutcome(extractive)) {
        options.logger.debug("ask: l'esito chiesto non è negli atti");
        return { answer: outcomeNotFoundAnswer, mode: "extractive", sources, found: false };
      }
      if (!answerWithModel) return { answer: extractive, mode: "extractive", sources, found: true, ...cited };
      try {
        const reply = await answerWithModel({ question: text, sources, units, history });
        if (reply.removed.length > 0)
          options.logger.warn({ removed: reply.removed }, "citazioni non valide rimosse dalla risposta del modello");
        if (reply.valid.length > 0) return { answer: reply.text, mode: "llm", sources, found: true, ...cited };
        // The model read the passages and says they do not answer: that is an answer too, and an honest one.
        if (/^\s*non ho trovato/i.test(reply.text))
          return { answer: notFoundAnswer, mode: "llm", sources, found: false };
        options.logger.warn("risposta del modello senza citazioni valide: uso la risposta estrattiva");
        return { answer: extractive, mode: "extractive", sources, found: true, ...cited };
      } catch (error) {
        options.logger.warn({ err: error }, "modello non disponibile: risposta estrattiva");
        const notice = cited.notice ? `${cited.notice} Inoltre ${modelFailedNotice}` : modelFailedNotice;
        return { answer: extractive, mode: "extractive", sources, found: true, notice };
      }
    },
  };
}

/**
 * The overview of the act of the first source, with a passage of its dispositivo: among the sources found, or
 * else the dispositivo passage of the same file closest to the act's OGGETTO.
 */
async function overviewOfAct(
  retriever: HybridRetriever,
  askOptions: AskOptions,
  search: { sources: Source[]; units: string[] },
): Promise<{ answer: string; sources: Source[] } | null> {
  const first = search.sources[0];
  if (!first?.act?.subject) return null;
  let sources = search.sources;
  let units = search.units;
  if (!sources.some((source) => source.section === "dispositivo" && source.path === first.path)) {
    const decided = await retriever.searchDetailed(first.act.subject, askOptions.scope, 1, {
      include: (chunk) => chunk.path === first.path && chunk.section === "dispositivo",
    });
    sources = [...sources, ...decided.sources];
    units = [...units, ...decided.units];
  }
  const overview = actOverview(sources, units);
  return overview ? { answer: overview.text, sources: withUnitText(sources, units) } : null;
}

/** "comune di Bologna", "Comune di Mugnano del Cardinale": the place a question names, folded, or null. */
const namedComune = /\bcomune di ([a-zà-ù']+(?: (?:del|della|di|in|sul|sulla) [a-zà-ù']+)?)/i;

/** True unless the question names a Comune that the answering text never mentions. */
function placeNamedIn(question: string, answeringText: string): boolean {
  const place = namedComune.exec(fold(question))?.[1];
  return !place || fold(answeringText).includes(place);
}

/** Each source with the whole unit an answer quotes from as its text. */
function withUnitText(sources: Source[], units: readonly string[]): Source[] {
  return sources.map((source, index) => ({ ...source, text: units[index] ?? source.text }));
}

/** A page of an act in the archive, as opposed to the law, a template or an Unione's record. */
function isActPage(source: Source | undefined): boolean {
  return source?.kind === "document" && source.page !== null;
}

function asksUnstatedContact(question: QuestionAnalysis, answer: string): boolean {
  return question.kinds.has("contact") && !sentenceFeatures(answer).carries.has("contact");
}

/** A short follow-up ("e per la protezione civile?") is searched together with the previous question. */
function retrievalQuery(question: string, history: ConversationTurn[]): string {
  const previous = [...history].reverse().find((turn) => turn.role === "user");
  if (!previous || question.split(/\s+/).length > 8) return question;
  return `${question} ${previous.text.slice(0, 300)}`;
}
