/**
 * Structured extraction through the chat-model port, when a model is configured. The act's OGGETTO and
 * dispositivo go to the model as delimited data (prompts/evidence*.md); what comes back is validated by the same
 * fact schema as the rules' findings and kept only when its quote is really in the act's dispositivo, its code is
 * known and the act's issuer may decide it. The Comune is never the model's: it is the act's own, from its letterhead.
 */
import { sectionAt } from "../acts/index.js";
import type { Logger } from "../core/logger.js";
import type { FunctionCatalog } from "../knowledge/function-catalog.js";
import { deliverableIdSchema, type UnioneRecord } from "../knowledge/record-schema.js";
import type { ChatModel } from "../llm/chat-model.js";
import type { Issuer } from "./act-issuer.js";
import { evidencePromptMessages } from "./evidence-prompt.js";
import type { Finding } from "./finding.js";
import { factSchema } from "./proposal.js";
import { findQuote } from "./quote-search.js";
import type { ReadAct } from "./unione-acts.js";

export interface ModelReader {
  chatModel: ChatModel;
  promptsDir: string;
  catalog: FunctionCatalog;
  logger: Logger;
}

const maxActText = 6000;
const modelConfidence = 0.6;
const councils = new Set(["consiglio", "commissario"]);

/** What an issuer may decide: a member's council confers and votes the statute; the Unione approves documents. */
export function allowedKinds(issuer: Issuer, organ: string | null): Set<string> {
  if (issuer.kind === "comune") return councils.has(organ ?? "") ? new Set(["function", "unione"]) : new Set();
  if (issuer.kind === "unione") {
    if (organ === "consiglio") return new Set(["deliverable", "unione"]);
    return organ === "giunta" ? new Set(["deliverable"]) : new Set();
  }
  return new Set();
}

/** The OGGETTO and the dispositivo, the delimiters of the prompt taken out so the text cannot close them. */
function decisionText(act: ReadAct): string {
  const oggetto = act.structure.oggetto?.text ?? act.info.subject ?? "";
  const dispositivo = act.structure.dispositivo;
  const body = dispositivo ? act.text.slice(dispositivo.start, dispositivo.end) : "";
  return `OGGETTO: ${oggetto}\n\n${body}`.replace(/<<<|>>>/g, "").slice(0, maxActText);
}

export async function extractWithModel(
  act: ReadAct,
  issuer: Issuer,
  record: UnioneRecord,
  reader: ModelReader,
): Promise<Finding[]> {
  const kinds = allowedKinds(issuer, act.info.organ);
  if (kinds.size === 0 || !act.structure.dispositivo) return [];
  const messages = await evidencePromptMessages(reader.promptsDir, {
    ente: issuer.ente ?? "ente non indicato",
    organo: act.info.organ ?? "organo non indicato",
    unione: record.name,
    unione_codice: record.id,
    funzioni: reader.catalog
      .list()
      .map((entry) => `- ${entry.code}: ${entry.name}`)
      .join("\n"),
    documenti: deliverableIdSchema.options.map((id) => `- ${id}`).join("\n"),
    atto: decisionText(act),
  });
  const reply = await reader.chatModel.complete(messages, { temperature: 0 });
  return checkedFindings(reply, act, issuer, record, kinds, reader);
}

function checkedFindings(
  reply: string,
  act: ReadAct,
  issuer: Issuer,
  record: UnioneRecord,
  kinds: Set<string>,
  reader: ModelReader,
): Finding[] {
  const facts = parseFacts(reply);
  const kept: Finding[] = [];
  for (const raw of facts) {
    const item = raw as { quote?: unknown };
    const parsed = factSchema.safeParse({ ...(raw as object), quote: undefined });
    const quote = typeof item.quote === "string" ? findQuote(act.text, item.quote) : null;
    if (!parsed.success || !quote || sectionAt(act.structure, quote.start) !== "dispositivo") continue;
    const fact = parsed.data;
    if (!kinds.has(fact.kind)) continue;
    if (fact.kind === "function" && !reader.catalog.get(fact.code)) continue;
    if (fact.kind === "unione" && fact.code !== record.id) continue;
    const comune = issuer.kind === "comune" ? issuer.comune.id : null;
    kept.push({ fact, comune, quote, confidence: modelConfidence, reader: "modello" });
  }
  reader.logger.info({ act: act.path, proposed: facts.length, kept: kept.length }, "fatti letti dal modello");
  return kept;
}

/** The `facts` array of the model's JSON (fenced or not); anything else is no facts. */
function parseFacts(reply: string): unknown[] {
  const start = reply.indexOf("{");
  const end = reply.lastIndexOf("}");
  if (start < 0 || end <= start) return [];
  try {
    const value = JSON.parse(reply.slice(start, end + 1)) as { facts?: unknown };
    return Array.isArray(value.facts) ? value.facts : [];
  } catch {
    return [];
  }
}
