/**
 * DraftService: resolves the request, fills the template from records, catalogue and rules, applies the
 * optional model rewrite, and checks the result before returning it. A failed check throws; it never returns a
 * silent draft.
 */
import { UnioneError } from "../core/errors.js";
import type { Logger } from "../core/logger.js";
import type { RequestContext } from "../core/types.js";
import type { FunctionCatalog, FunctionInfo } from "../knowledge/function-catalog.js";
import type { UnioneRecord } from "../knowledge/record-schema.js";
import type { ChatModel } from "../llm/chat-model.js";
import type { RecordsService } from "../records/records-service.js";
import type { Retriever } from "../retrieval/retriever.js";
import { checkTemplate } from "./check-templates.js";
import { buildCitationIndex, type CitationIndex } from "./citation-index.js";
import { DEFAULT_COST_SHARES, describeCostShares, parseCostShares } from "./cost-sharing.js";
import { buildDraft } from "./draft-build.js";
import { checkDraft } from "./draft-checks.js";
import { draftToDocx } from "./draft-docx.js";
import { refineDraft } from "./draft-refine.js";
import { resolveFunction, resolveSections, resolveTemplate, resolveUnione } from "./draft-resolve.js";
import type { Draft, DraftRequest, DraftService } from "./draft-types.js";
import type { FieldContext } from "./field-context.js";
import { formalizeDraft, lawForms } from "./formal-citations.js";
import { loadFunctionDescriptions } from "./function-descriptions.js";
import { loadSectorLaws, type SectorLaws } from "./sector-laws.js";
import { loadTemplates, type TemplateDefinition } from "./template-registry.js";

export interface DraftServiceOptions {
  knowledgeDir: string;
  records: RecordsService;
  catalog: FunctionCatalog;
  retriever?: Retriever | null;
  chatModel?: ChatModel | null;
  promptsDir: string;
  logger: Logger;
  clock?: () => Date;
  /** Minimum duration of a conferral in years, from the readiness rules file (its `durata` rule). */
  minimumDurationYears: number;
  /** Upper bound for one model rewrite; the template text stands when it is exceeded. */
  refineTimeoutMs?: number;
}

/** A template edited since the last `unione check` must not produce a draft with undeclared fields or invented law. */
function assertTemplateValid(template: TemplateDefinition, index: CitationIndex): void {
  const problems = checkTemplate(template, index);
  if (problems.length === 0) return;
  throw new UnioneError(
    "INVALID_KNOWLEDGE",
    `Il modello «${template.id}» non è valido (${problems[0]!.message}): esegui «unione check».`,
    {
      detail: problems.map((problem) => `${problem.file}:${problem.line ?? "-"} ${problem.message}`).join("; "),
    },
  );
}

export function createDraftService(options: DraftServiceOptions): DraftService {
  const clock = options.clock ?? (() => new Date());
  const { minimumDurationYears } = options;
  const log = options.logger.child({ component: "drafting" });

  function templates() {
    return loadTemplates(options.knowledgeDir).templates;
  }

  async function draft(request: DraftRequest, context: RequestContext): Promise<Draft> {
    const started = Date.now();
    const template = resolveTemplate(templates(), request.tipo);
    const record = resolveUnione(options.records, request.unione, context);
    const funzione = resolveFunction(options.catalog, template, request.funzione);
    const sections = resolveSections(template, request.sezione);
    const index = buildCitationIndex(options.knowledgeDir);
    assertTemplateValid(template, index);
    const shares = parseCostShares(request.istruzioni);
    const sectorLaws = loadSectorLaws(options.knowledgeDir);
    const fieldContext = fieldContextFor(record, funzione, shares ?? DEFAULT_COST_SHARES, sectorLaws);
    const built = buildDraft(template, sections, funzione, fieldContext);
    const notes = durationNotes(fieldContext, record);
    if (shares && built.statesCostSharing)
      notes.push(`Criterio di riparto applicato come richiesto: ${describeCostShares(shares)}.`);
    const checkOptions = {
      index,
      members: record.comuni.map((comune) => comune.name),
      foreignComuni: foreignComuni(record),
      minimumDurationYears,
      durationYears: built.statesDuration ? fieldContext.durationYears : null,
      complete: sections.length === template.sections.length,
    };
    let result = built.draft;
    if (request.istruzioni?.trim()) {
      const refined = await refineDraft(result, request.istruzioni, {
        chatModel: options.chatModel ?? null,
        retriever: options.retriever ?? null,
        scope: context.scope,
        promptsDir: options.promptsDir,
        checkOptions,
        logger: log,
        timeoutMs: options.refineTimeoutMs ?? 60_000,
      });
      result = refined.draft;
      notes.push(...refined.notes);
    }
    if (notes.length > 0) result.notice = notes.join(" ");
    const problems = checkDraft(result, checkOptions);
    if (problems.length > 0) {
      log.error({ requestId: context.requestId, problems }, "bozza scartata dai controlli");
      throw new UnioneError("INVALID_KNOWLEDGE", `La bozza non ha superato i controlli: ${problems.join("; ")}.`, {
        detail: problems.join("; "),
      });
    }
    // Checked in short form; the user reads the act's form (full citations first, commi written out).
    result = formalizeDraft(result, lawForms(options.knowledgeDir, sectorLaws));
    log.info(
      {
        requestId: context.requestId,
        tipo: result.tipo,
        unione: result.unione,
        sections: result.sections.length,
        missing: result.missing.length,
        latencyMs: Date.now() - started,
      },
      "bozza pronta",
    );
    return result;
  }

  function fieldContextFor(
    record: UnioneRecord,
    funzione: FunctionInfo | null,
    costShares: typeof DEFAULT_COST_SHARES,
    sectorLaws: SectorLaws,
  ): FieldContext {
    const functionRecord = funzione ? (record.functions.find((item) => item.code === funzione.code) ?? null) : null;
    const recorded = functionRecord?.duration_years ?? null;
    return {
      record,
      catalog: options.catalog,
      funzione,
      functionDescription: funzione
        ? (loadFunctionDescriptions(options.knowledgeDir).get(funzione.code) ?? null)
        : null,
      functionRecord,
      durationYears: recorded !== null && recorded >= minimumDurationYears ? recorded : minimumDurationYears,
      minimumDurationYears,
      costShares,
      today: clock(),
      sectorLaws,
      verify: new Set<string>(),
    };
  }

  function durationNotes(context: FieldContext, record: UnioneRecord): string[] {
    const recorded = context.functionRecord?.duration_years ?? null;
    if (recorded === null || recorded >= minimumDurationYears) return [];
    return [
      `Nei dati di ${record.name} la durata del conferimento è di ${recorded} anni, inferiore al minimo di ${minimumDurationYears}: la bozza indica ${minimumDurationYears} anni.`,
    ];
  }

  function foreignComuni(record: UnioneRecord): string[] {
    const members = new Set(record.comuni.map((comune) => comune.name));
    return [...new Set(options.records.list().flatMap((other) => other.comuni.map((comune) => comune.name)))].filter(
      (name) => !members.has(name),
    );
  }

  return {
    types: () => templates().map((template) => ({ id: template.id, name: template.name })),
    draft,
    toDocx: (value) => draftToDocx(value, clock()),
  };
}
