/**
 * Saving the data-entry form of one function of one Unione: which Comuni conferred it and with which council
 * deliberation (number and date, linked to the indexed act when the index holds one with those details), start
 * or planned date, duration or open-ended term, integral conferral, staff and resources transferred, notes.
 * Every field is read on its own; the record schema validates the whole; each changed field is audited.
 */
import { toIsoDate } from "../core/italian-format.js";
import type { Logger } from "../core/logger.js";
import type { RequestContext } from "../core/types.js";
import type { SourceSummary } from "../ingestion/index-service.js";
import type { Act, FunctionRecord, UnioneRecord } from "../knowledge/record-schema.js";
import { FieldProblems, indexedAct, optionalDate, optionalYears, triState } from "./form-values.js";
import type { RouterDeps } from "./router-deps.js";

/** The form's raw values; `acts` has one row per member Comune (empty strings when not filled). */
export interface FunctionEditInput {
  kind: "function";
  code: string;
  state: string;
  /** Member ids; null when none is selected (the conferral is not known). */
  conferring: string[] | null;
  acts: { comune: string; number: string; date: string }[];
  startDate: string;
  plannedDate: string;
  duration: string;
  openEnded: boolean;
  /** "si" | "no" | "non_noto". */
  integral: string;
  staff: string;
  resources: string;
  confidence: string;
  note: string;
}

const states = new Set(["attiva", "pianificata", "proposta", "cessata"]);
const confidences = new Set(["confermato", "parziale", "da_verificare"]);
const councilOrgan = "Consiglio comunale";

/** A form must be answered within Slack's 3 seconds: linking acts is skipped when the index is slower. */
const linkBudgetMs = 1_500;

/** The documents an act of this Unione may be linked to; none when the index cannot be read in time. */
export async function linkableSources(deps: RouterDeps, unione: string, logger: Logger): Promise<SourceSummary[]> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), linkBudgetMs);
    timer.unref();
  });
  try {
    const sources = await Promise.race([deps.index.sources({ kind: "unione", unione }), late]);
    if (sources === null) logger.warn("indice lento: atti non collegati ai documenti");
    return sources ?? [];
  } catch (error) {
    logger.warn({ err: error }, "indice non disponibile: atti non collegati ai documenti");
    return [];
  } finally {
    clearTimeout(timer);
  }
}

function councilActs(
  input: FunctionEditInput,
  record: UnioneRecord,
  current: FunctionRecord | null,
  problems: FieldProblems,
  context: { today: string; sources: SourceSummary[] },
): Act[] {
  const acts: Act[] = [];
  for (const row of input.acts) {
    const comune = record.comuni.find((member) => member.id === row.comune);
    if (!comune) continue;
    const number = row.number.trim() || null;
    const date = problems.take(`act_date.${comune.id}`, () => optionalDate("data della delibera", row.date));
    if (date && date > context.today)
      problems.add(`act_date.${comune.id}`, `la data della delibera di ${comune.name} è nel futuro`);
    if (!number && !date) continue;
    const previous = current?.acts.find((act) => act.comune === comune.id && act.organ === councilOrgan);
    const document = indexedAct(context.sources, number, date);
    const same = previous !== undefined && previous.number === number && previous.date === date;
    acts.push({
      organ: councilOrgan,
      type: "deliberazione",
      number,
      date,
      title: previous?.title ?? document?.act?.subject ?? null,
      comune: comune.id,
      confidence: "confermato",
      // The same act read from its document keeps the document, its page and the facts it proves.
      document: document?.path ?? (same ? previous.document : null),
      page: same ? (previous.page ?? null) : null,
      fields: same ? (previous.fields ?? []) : [],
    });
  }
  return acts;
}

/** The entry the form describes, over the current one (fields the form does not show are kept). */
export function functionEntry(
  input: FunctionEditInput,
  record: UnioneRecord,
  context: { today: string; sources: SourceSummary[] },
): { entry: Record<string, unknown>; problems: FieldProblems } {
  const problems = new FieldProblems();
  const current = record.functions.find((item) => item.code === input.code) ?? null;
  if (!states.has(input.state)) problems.add("state", "scegli lo stato della funzione");
  const members = new Set(record.comuni.map((comune) => comune.id));
  const conferring = input.conferring?.filter((id) => members.has(id)) ?? null;
  const startDate = problems.take("start_date", () => optionalDate("data di avvio", input.startDate));
  const plannedDate = problems.take("planned_date", () => optionalDate("data prevista", input.plannedDate));
  const duration = problems.take("duration", () => optionalYears("durata", input.duration));
  if (input.openEnded && duration !== null)
    problems.add("duration", "un conferimento a tempo indeterminato non ha durata in anni: lascia vuoto il campo");
  const otherActs = (current?.acts ?? []).filter((act) => !(act.comune && act.organ === councilOrgan));
  const acts = [...otherActs, ...councilActs(input, record, current, problems, context)];
  const entry = {
    ...(current ?? {}),
    code: input.code,
    state: input.state,
    conferring_comuni: conferring && conferring.length > 0 ? conferring : null,
    integral: triState(input.integral),
    staff_transferred: triState(input.staff),
    resources_transferred: triState(input.resources),
    start_date: startDate,
    planned_date: plannedDate,
    duration_years: duration,
    open_ended: input.openEnded,
    acts,
    confidence: confidences.has(input.confidence) ? input.confidence : (current?.confidence ?? "da_verificare"),
    note: input.note.trim() || null,
  };
  return { entry, problems };
}

export function todayOf(deps: RouterDeps): string {
  return toIsoDate(deps.clock?.() ?? new Date());
}

/** Where the schema's problem paths point in the form ("functions.2.duration_years" -> "duration"). */
export const functionFieldOfPath: Record<string, string> = {
  state: "state",
  conferring_comuni: "conferring",
  start_date: "start_date",
  planned_date: "planned_date",
  duration_years: "duration",
  note: "note",
  confidence: "confidence",
};

export function contextOf(context: RequestContext): string {
  return context.user ?? context.transport;
}
