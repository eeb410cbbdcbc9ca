/**
 * The fields templates may use (`{{group.name}}`) and how each is computed from the Unione record, the function
 * catalogue and the rules. Unknown facts never get a guessed value: they become "[DA COMPLETARE: …]".
 */
import { formatDate, formatNumber, italianList } from "../core/italian-format.js";
import type { FunctionInfo } from "../knowledge/function-catalog.js";
import { dateOrMarker, describeAct, numberInWords, unioneDisplayName } from "./act-format.js";
import { conferralResolvers } from "./conferral-fields.js";
import { computeCostSharing, costSharingTable, describeCostShares } from "./cost-sharing.js";
import type { FieldContext } from "./field-context.js";
import type { MissingCollector } from "./missing-markers.js";

type FieldResolver = (context: FieldContext, missing: MissingCollector) => string;

const stateNames: Record<string, string> = {
  attiva: "attiva",
  pianificata: "pianificata",
  proposta: "proposta",
  cessata: "cessata",
};

const resolvers: Record<string, FieldResolver> = {
  "unione.nome": ({ record }) => unioneDisplayName(record.name),
  "unione.provincia": ({ record }) =>
    /^(provincia|citt)/i.test(record.province) ? record.province : `Provincia di ${record.province}`,
  "unione.sede": ({ record }, missing) => record.seat ?? missing.mark("sede legale dell'Unione"),
  "unione.popolazione": ({ record }, missing) =>
    record.population
      ? `${formatNumber(record.population)} abitanti${record.population_year ? ` (dato ${record.population_year})` : ""}`
      : missing.mark("popolazione complessiva dell'Unione"),
  "unione.statuto": ({ record }, missing) =>
    `approvato dai Consigli comunali in data ${dateOrMarker(record.dates.statuto_approved, "data di approvazione dello statuto", missing)}`,
  "unione.atto_costitutivo": ({ record }, missing) =>
    `sottoscritto in data ${dateOrMarker(record.dates.deed_signed, "data di sottoscrizione dell'atto costitutivo", missing)}`,
  "unione.operativa_dal": ({ record }, missing) =>
    dateOrMarker(record.dates.operating_from, "data di avvio dell'operatività dell'Unione", missing),
  "comuni.elenco": ({ record }) => italianList(record.comuni.map((comune) => comune.name)),
  "comuni.numero": ({ record }) => numberInWords(record.comuni.length),
  "comuni.parti": ({ record }, missing) =>
    record.comuni
      .map((comune) => {
        const councilAct = comune.council_act;
        const title = councilAct?.title ? `: «${councilAct.title}»` : "";
        const act = councilAct
          ? ` (${describeAct(councilAct, `deliberazione consiliare del Comune di ${comune.name}`, missing)}${title})`
          : "";
        return `- Comune di ${comune.name}${act}, rappresentato dal Sindaco pro tempore;`;
      })
      .join("\n"),
  "comuni.deliberazioni": approvalActs,
  "giunta.composizione": ({ record }, missing) => {
    const composition = record.giunta.composition;
    if (composition === "sindaci") return "composta dai Sindaci dei Comuni aderenti";
    if (composition === "assessori_delegati")
      return "composta da un assessore per Comune, delegato per tutte le funzioni conferite";
    return missing.mark("composizione della Giunta dell'Unione");
  },
  "funzione.nome": ({ funzione }) => funzione?.name ?? "",
  "funzione.codice": ({ funzione }) => funzione?.code ?? "",
  "funzione.perimetro": ({ funzione, functionDescription }, missing) =>
    functionDescription
      ? asClause(functionDescription)
      : missing.mark(`perimetro della funzione ${funzione?.name ?? ""}`.trim()),
  "funzione.classificazione": ({ funzione }) => classification(funzione),
  "funzioni.elenco": ({ record, catalog }) =>
    record.functions.length === 0
      ? "nessuna funzione risulta registrata"
      : record.functions
          .map((item) => `- ${catalog.get(item.code)?.name ?? item.code} (${stateNames[item.state] ?? item.state})`)
          .join("\n"),
  "funzioni.attive": ({ record, catalog }) => {
    const active = record.functions
      .filter((item) => item.state === "attiva")
      .map((item) => catalog.get(item.code)?.name ?? item.code);
    return active.length > 0 ? italianList(active) : "nessuna funzione risulta ancora in gestione effettiva";
  },
  "durata.anni": ({ durationYears }) => String(durationYears),
  "durata.minima": ({ minimumDurationYears }) => String(minimumDurationYears),
  "durata.minima_lettere": ({ minimumDurationYears }) => numberInWords(minimumDurationYears),
  "riparto.criterio": ({ costShares }) => describeCostShares(costShares),
  "riparto.tabella": costTable,
  "data.oggi": ({ today }) => formatDate(today),
  ...conferralResolvers,
};

/** Every field a template may use. */
export const FIELD_NAMES: readonly string[] = Object.keys(resolvers);

/** Values of the given fields only, so that `missing` lists what the requested sections need. */
export function resolveFields(
  fields: Iterable<string>,
  context: FieldContext,
  missing: MissingCollector,
): Map<string, string> {
  const values = new Map<string, string>();
  for (const field of fields) {
    const resolver = resolvers[field];
    if (resolver && !values.has(field)) values.set(field, resolver(context, missing));
  }
  return values;
}

/** "Attività di pianificazione …." -> "attività di pianificazione …" (to follow a colon); acronyms kept. */
function asClause(text: string): string {
  const trimmed = text.trim().replace(/[.;]\s*$/, "");
  return /^\p{Lu}\p{Ll}/u.test(trimmed) ? trimmed[0]!.toLowerCase() + trimmed.slice(1) : trimmed;
}

function approvalActs({ record, functionRecord, funzione }: FieldContext, missing: MissingCollector): string {
  const acts = functionRecord?.acts ?? [];
  return record.comuni
    .map((comune) => {
      const act = acts.find((item) => item.comune === comune.id && /consiglio/i.test(item.organ));
      const label = `deliberazione del Consiglio comunale di ${comune.name} che approva la convenzione per la funzione ${funzione?.name ?? ""}`;
      return `- Comune di ${comune.name}: ${act ? describeAct(act, label, missing) : missing.mark(`estremi della ${label}`)};`;
    })
    .join("\n");
}

function classification(funzione: FunctionInfo | null): string {
  if (funzione?.art7 === "ict")
    return "costituisce la funzione dei sistemi informatici e delle tecnologie dell'informazione che l'art. 7 c.3 della L.R. 21/2012 richiede di gestire in forma associata";
  if (funzione?.art7 === "elenco") return "rientra tra le funzioni elencate dall'art. 7 c.3 della L.R. 21/2012";
  return "non rientra tra le funzioni elencate dall'art. 7 c.3 della L.R. 21/2012 ed è conferita per scelta dei Comuni";
}

function costTable({ record, costShares }: FieldContext, missing: MissingCollector): string {
  const unknown = record.comuni.filter((comune) => comune.population === null).map((comune) => comune.name);
  if (unknown.length > 0) {
    return missing.mark(
      `popolazione dei Comuni di ${italianList(unknown)}, necessaria per calcolare le quote di riparto`,
    );
  }
  const years = [
    ...new Set(record.comuni.map((comune) => comune.population_year).filter((year): year is number => year !== null)),
  ];
  const label = years.length === 1 ? `Popolazione (${years[0]})` : "Popolazione";
  const rows = computeCostSharing(
    record.comuni.map((comune) => ({ name: comune.name, population: comune.population! })),
    costShares,
  );
  return costSharingTable(rows, label);
}
