/**
 * Which facts of the record rest on an act and which were only declared: a fact rests on an act when an act kept
 * on the record names its field (for a conferral, an act of that very Comune). The status shows it beside each
 * function ("da atto: Delibera C.C. di Codigoro n. 45 del 28/11/2024") so an official knows what is proved.
 */
import { formatDate, formatNumber } from "../core/italian-format.js";
import { recordActLabel } from "../knowledge/record-act-label.js";
import type { Act, DeliverableRecord, FunctionRecord, UnioneRecord } from "../knowledge/record-schema.js";

/** One known fact and its provenance. */
export interface FactSource {
  /** The record field ("conferring_comuni", "start_date"…). */
  field: string;
  /** The fact in words: "conferimento del Comune di Codigoro", "durata 5 anni". */
  fact: string;
  /** "Delibera C.C. di Codigoro n. 45 del 28/11/2024", or null when only declared. */
  act: string | null;
  /** The act's document under the knowledge folder and page, when it was read from one. */
  document: string | null;
  page: number | null;
}

// A council act of a Comune entered by hand (no `fields`) under a function is that Comune's conferral.
function proves(act: Act, field: string, comune: string | null): boolean {
  const fields = act.fields ?? [];
  if (comune !== null && act.comune !== comune) return false;
  if (fields.includes(field)) return true;
  return fields.length === 0 && field === "conferring_comuni" && /consiglio|commissari/i.test(act.organ);
}

function proving(acts: readonly Act[], field: string, comune: string | null = null): Act | null {
  return acts.find((act) => proves(act, field, comune)) ?? null;
}

function source(field: string, fact: string, act: Act | null, record: UnioneRecord): FactSource {
  return {
    field,
    fact,
    act: act ? recordActLabel(act, record) : null,
    document: act?.document ?? null,
    page: act?.page ?? null,
  };
}

const yesNo = (value: boolean, yes: string, no: string) => (value ? yes : no);

/** The known facts of a function, in the order of the art. 24 tests. */
export function functionFactSources(item: FunctionRecord, record: UnioneRecord): FactSource[] {
  const acts = item.acts ?? [];
  const facts: FactSource[] = [];
  for (const id of item.conferring_comuni ?? []) {
    const name = record.comuni.find((comune) => comune.id === id)?.name ?? id;
    facts.push(
      source("conferring_comuni", `conferimento del Comune di ${name}`, proving(acts, "conferring_comuni", id), record),
    );
  }
  const scalar = (field: string, known: boolean, fact: () => string) => {
    if (known) facts.push(source(field, fact(), proving(acts, field), record));
  };
  scalar("start_date", item.start_date !== null, () => `decorrenza dal ${formatDate(item.start_date!)}`);
  scalar("duration_years", item.duration_years !== null, () => `durata ${formatNumber(item.duration_years!)} anni`);
  scalar("open_ended", item.open_ended, () => "conferimento a tempo indeterminato");
  scalar("integral", item.integral !== null, () =>
    yesNo(item.integral!, "conferimento integrale", "conferimento parziale"),
  );
  scalar("staff_transferred", item.staff_transferred !== null, () =>
    yesNo(item.staff_transferred!, "personale trasferito", "personale non trasferito"),
  );
  scalar("resources_transferred", item.resources_transferred !== null, () =>
    yesNo(item.resources_transferred!, "risorse trasferite", "risorse non trasferite"),
  );
  return facts;
}

/** The act a programme document's approval rests on, when the record keeps it as proof of its state. */
export function deliverableActLabel(item: DeliverableRecord, record: UnioneRecord): string | null {
  return item.act && (item.act.fields ?? []).includes("state") ? recordActLabel(item.act, record) : null;
}

/** The Unione's own facts (Giunta, duration) and their acts. */
export function unioneFactSources(record: UnioneRecord): FactSource[] {
  const acts = record.acts ?? [];
  const facts: FactSource[] = [];
  if (record.giunta.composition)
    facts.push(
      source("giunta", `Giunta: ${record.giunta.composition.replace("_", " ")}`, proving(acts, "giunta"), record),
    );
  if (record.duration_years)
    facts.push(
      source(
        "duration_years",
        `durata dell'Unione ${record.duration_years} anni`,
        proving(acts, "duration_years"),
        record,
      ),
    );
  return facts;
}

/** "da atto: Delibera C.C. di Codigoro n. 45 del 28/11/2024 (conferimento del Comune di Codigoro, durata 5 anni)". */
export function factSourceLines(facts: readonly FactSource[]): string[] {
  const byAct = new Map<string, string[]>();
  const declared: string[] = [];
  for (const item of facts) {
    if (item.act === null) declared.push(item.fact);
    else byAct.set(item.act, [...(byAct.get(item.act) ?? []), item.fact]);
  }
  const lines = [...byAct].map(([act, items]) => `da atto: ${act} (${items.join(", ")})`);
  if (declared.length > 0) lines.push(`dichiarati, senza atto: ${declared.join(", ")}`);
  return lines;
}
