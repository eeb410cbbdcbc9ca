/**
 * From acts to facts, for one Unione: the proposals its acts support (never applied by themselves), and the two
 * decisions an admin takes on them. Applying a proposal is the same audited update as `/unione aggiorna`, with the
 * act kept as evidence; a discarded proposal is remembered and not proposed again.
 */
import { UnioneError } from "../core/errors.js";
import { toIsoDate } from "../core/italian-format.js";
import type { Logger } from "../core/logger.js";
import type { DocumentLoader } from "../ingestion/load-document.js";
import type { FunctionCatalog } from "../knowledge/function-catalog.js";
import { loadGlossary } from "../knowledge/glossary.js";
import type { UnioneRecord } from "../knowledge/record-schema.js";
import type { AuditEntry } from "../records/audit-log.js";
import type { EvidenceDecisions } from "../records/evidence-decisions.js";
import type { RecordsService, RecordUpdateService } from "../records/records-service.js";
import { buildProposals } from "./build-proposals.js";
import { collectFindings } from "./collect-findings.js";
import { describeProposal, type ProposalLabel } from "./describe-proposal.js";
import type { Finding } from "./finding.js";
import { createFunctionLexicon, type FunctionLexicon } from "./function-lexicon.js";
import type { ModelReader } from "./model-extraction.js";
import type { Proposal } from "./proposal.js";
import { rate } from "./proposal-status.js";
import { proposalUpdates, stateFollowUps } from "./proposal-updates.js";
import type { ActCache, ReadAct } from "./unione-acts.js";

export interface EvidenceRun {
  unione: { id: string; name: string; example: boolean };
  /** Without the discarded ones. */
  proposals: Proposal[];
  /** Each proposal in words, by id. */
  labels: Record<string, ProposalLabel>;
  actsRead: number;
  skipped: Array<{ path: string; reason: string }>;
  /** A line for the reader, e.g. the model failed and the proposals come from the rules only. */
  notice: string | null;
}

export interface AppliedProposal {
  proposal: Proposal;
  label: ProposalLabel;
  entries: AuditEntry[];
}

export interface EvidenceApplication {
  run: EvidenceRun;
  applied: AppliedProposal[];
  /** Proposals the record refused (the schema's Italian reason), nothing of them saved. */
  refused: Array<{ proposal: Proposal; reason: string }>;
}

export interface EvidenceService {
  review(unioneId: string): Promise<EvidenceRun>;
  /** Records every "nuova" proposal (never one "in conflitto"). */
  applyNew(unioneId: string, user: string): Promise<EvidenceApplication>;
  /** An admin's "Conferma": the proposal recorded whatever its status (a conflict is the admin's call). */
  confirm(unioneId: string, id: string, user: string): Promise<AppliedProposal>;
  /** An admin's "Scarta": remembered, never proposed again. */
  discard(unioneId: string, id: string, user: string): Promise<{ proposal: Proposal; label: ProposalLabel }>;
}

export interface EvidenceServiceOptions {
  knowledgeDir: string;
  maxFileBytes: number;
  /** How files are read: ingest's loader, so a scanned act is read by OCR (cached with ingest's) as it was indexed. */
  loader?: DocumentLoader;
  records: RecordsService;
  updates: RecordUpdateService;
  catalog: FunctionCatalog;
  decisions: EvidenceDecisions;
  model?: ModelReader | null;
  logger: Logger;
  clock?: () => Date;
}

export function createEvidenceService(options: EvidenceServiceOptions): EvidenceService {
  const clock = options.clock ?? (() => new Date());
  const actCache: ActCache = new Map();
  const modelCache = new WeakMap<ReadAct, Map<string, Finding[]>>();
  let lexicon: FunctionLexicon | null = null;

  const recordOf = (id: string): UnioneRecord => {
    const record = options.records.get(id);
    if (!record) throw new UnioneError("NOT_FOUND", `Non conosco l'Unione "${id}".`);
    return record;
  };

  async function review(unioneId: string): Promise<EvidenceRun> {
    const record = recordOf(unioneId);
    lexicon ??= createFunctionLexicon(options.catalog, loadGlossary(options.knowledgeDir));
    const found = await collectFindings(record, {
      ...options,
      lexicon,
      model: options.model ?? null,
      actCache,
      modelCache,
    });
    const discarded = options.decisions.discarded(record.id);
    const proposals = rate(buildProposals(record.id, found.acts), record).filter((item) => !discarded.has(item.id));
    options.logger.info(
      { unione: record.id, acts: found.actsRead, proposals: proposals.length },
      "proposte ricavate dagli atti",
    );
    return {
      unione: { id: record.id, name: record.name, example: record.example },
      proposals,
      labels: Object.fromEntries(proposals.map((item) => [item.id, describeProposal(item, record, options.catalog)])),
      actsRead: found.actsRead,
      skipped: found.skipped,
      notice: found.notice,
    };
  }

  function record(proposal: Proposal, run: EvidenceRun, user: string): AppliedProposal {
    const start = run.proposals.find(
      (item) =>
        item.act.path === proposal.act.path && item.target.code === proposal.target.code && item.field === "start_date",
    );
    const today = toIsoDate(clock());
    const updates = proposalUpdates(proposal, recordOf(run.unione.id), {
      start: start ? String(start.value) : null,
      today,
    });
    const entries = updates.map((update) => options.updates.update({ ...update, user }));
    for (const followUp of stateFollowUps(proposal, recordOf(run.unione.id), today))
      entries.push(options.updates.update({ ...followUp, user }));
    return { proposal, label: run.labels[proposal.id]!, entries };
  }

  async function find(unioneId: string, id: string): Promise<{ run: EvidenceRun; proposal: Proposal }> {
    const run = await review(unioneId);
    const proposal = run.proposals.find((item) => item.id === id);
    if (!proposal)
      throw new UnioneError(
        "NOT_FOUND",
        `La proposta ${id} non è più tra quelle di ${run.unione.name}: forse è già stata scartata o l'atto è cambiato. Richiedi l'elenco aggiornato.`,
      );
    return { run, proposal };
  }

  return {
    review,
    async applyNew(unioneId, user) {
      const run = await review(unioneId);
      const applied: AppliedProposal[] = [];
      const refused: EvidenceApplication["refused"] = [];
      for (const proposal of run.proposals.filter((item) => item.status === "nuova")) {
        try {
          applied.push(record(proposal, run, user));
        } catch (error) {
          if (!(error instanceof UnioneError) || error.code !== "INVALID_INPUT") throw error;
          refused.push({ proposal, reason: error.userMessage });
        }
      }
      return { run, applied, refused };
    },
    async confirm(unioneId, id, user) {
      const { run, proposal } = await find(unioneId, id);
      // A second press of the same button (or a list older than the record) must not log the same change twice.
      if (proposal.status === "già registrata")
        throw new UnioneError(
          "INVALID_INPUT",
          `La proposta ${id} è già nella scheda di ${run.unione.name}: nessuna modifica salvata.`,
          { detail: `proposta già registrata: ${id}` },
        );
      return record(proposal, run, user);
    },
    async discard(unioneId, id, user) {
      const { run, proposal } = await find(unioneId, id);
      options.decisions.discard({ unione: run.unione.id, id, user, at: clock().toISOString() });
      return { proposal, label: run.labels[id]! };
    },
  };
}
