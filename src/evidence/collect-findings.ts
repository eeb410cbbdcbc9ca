/**
 * Reads an Unione's acts and the facts each proves: always by rules; with a model configured, also by the model
 * on the acts whose issuer may decide something and whose decision speaks of the Unione, its statute or its
 * programme documents. A model that fails is not asked again in the same run: the rules' proposals stand, and the
 * run says so. Findings are cached with the act (same file, same record members: no second reading, no second call).
 */
import type { Logger } from "../core/logger.js";
import type { DocumentLoader } from "../ingestion/load-document.js";
import type { UnioneRecord } from "../knowledge/record-schema.js";
import { issuerOf } from "./act-issuer.js";
import type { ActFindings } from "./build-proposals.js";
import type { Finding } from "./finding.js";
import type { FunctionLexicon } from "./function-lexicon.js";
import { allowedKinds, extractWithModel, type ModelReader } from "./model-extraction.js";
import { extractByRules } from "./rule-extraction.js";
import { type ActCache, type ReadAct, readUnioneActs } from "./unione-acts.js";

export interface FindingsRun {
  acts: ActFindings[];
  actsRead: number;
  skipped: Array<{ path: string; reason: string }>;
  notice: string | null;
}

export interface CollectOptions {
  knowledgeDir: string;
  maxFileBytes: number;
  loader?: DocumentLoader;
  lexicon: FunctionLexicon;
  model: ModelReader | null;
  logger: Logger;
  actCache: ActCache;
  /** The model's findings per act (the same object while its file is unchanged), per record membership. */
  modelCache: WeakMap<ReadAct, Map<string, Finding[]>>;
  /** At most this many acts go to the model in one run; the others keep the rules' reading. */
  maxModelActs?: number;
}

const worthAModel =
  /\bunione\b|\bstatut[oi]\b|\bpian[oi]\b|\bprogrammazione\b|\bPIAO\b|\borganigramma\b|\bregolamento\b/i;
export const modelFailedNotice =
  "Il modello linguistico non ha risposto: le proposte vengono dalla sola lettura con regole degli atti.";

export async function collectFindings(record: UnioneRecord, options: CollectOptions): Promise<FindingsRun> {
  const read = await readUnioneActs(options.knowledgeDir, record.id, {
    maxFileBytes: options.maxFileBytes,
    cache: options.actCache,
    ...(options.loader ? { loader: options.loader } : {}),
  });
  const membersKey = `${record.name}|${record.comuni.map((comune) => `${comune.id}=${comune.name}`).join(",")}`;
  let modelBudget = options.maxModelActs ?? 30;
  let notice: string | null = null;
  const acts: ActFindings[] = [];
  for (const act of read.acts) {
    const issuer = issuerOf(act, record);
    const findings = extractByRules(act, record, options.lexicon);
    if (options.model && !notice && modelBudget > 0 && asksTheModel(act, issuer)) {
      const known = options.modelCache.get(act) ?? new Map<string, Finding[]>();
      try {
        const cached = known.get(membersKey);
        const found = cached ?? (await extractWithModel(act, issuer, record, options.model));
        if (!cached) modelBudget -= 1;
        known.set(membersKey, found);
        options.modelCache.set(act, known);
        findings.push(...found);
      } catch (error) {
        options.logger.warn({ err: error, act: act.path }, "lettura degli atti con il modello non riuscita");
        notice = modelFailedNotice;
      }
    }
    if (findings.length > 0) acts.push({ act, ente: issuer.ente, findings });
  }
  return { acts, actsRead: read.acts.length, skipped: read.skipped, notice };
}

function asksTheModel(act: ReadAct, issuer: ReturnType<typeof issuerOf>): boolean {
  if (act.info.type !== "delibera" || !act.structure.dispositivo) return false;
  if (allowedKinds(issuer, act.info.organ).size === 0) return false;
  const decision = act.text.slice(act.structure.dispositivo.start, act.structure.dispositivo.end);
  return worthAModel.test(`${act.structure.oggetto?.text ?? ""}\n${decision}`);
}
