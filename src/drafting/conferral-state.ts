/**
 * Whether the function is conferred or only planned, said truthfully for each Comune: once some Comuni have
 * conferred it (the record's conferring Comuni, with the act that proves each when the record keeps it), the
 * premessa names them and their acts, and says the conferral of the others is still to come. A function the record
 * calls active but that not every Comune conferred is active only for those that did.
 */
import { formatDate, italianList } from "../core/italian-format.js";
import type { ComuneRecord, FunctionRecord, UnioneRecord } from "../knowledge/record-schema.js";
import type { FieldContext } from "./field-context.js";

interface Split {
  conferred: ComuneRecord[];
  others: ComuneRecord[];
}

/** The member Comuni that conferred the function and those that did not; null when the record does not know. */
function splitComuni(record: UnioneRecord, item: FunctionRecord | null): Split | null {
  const conferring = item?.conferring_comuni;
  if (!conferring || conferring.length === 0) return null;
  return {
    conferred: record.comuni.filter((comune) => conferring.includes(comune.id)),
    others: record.comuni.filter((comune) => !conferring.includes(comune.id)),
  };
}

/** "dal Comune di Mesola" / "dai Comuni di Codigoro e Goro". */
function byComuni(comuni: readonly ComuneRecord[]): string {
  const names = italianList(comuni.map((comune) => comune.name));
  return comuni.length === 1 ? `dal Comune di ${names}` : `dai Comuni di ${names}`;
}

/** "Mesola, con deliberazione del Consiglio comunale n. 38 del 17/12/2024" when the record keeps the act. */
function withAct(comune: ComuneRecord, item: FunctionRecord): string {
  const act = (item.acts ?? []).find(
    (candidate) => candidate.comune === comune.id && (candidate.fields ?? []).includes("conferring_comuni"),
  );
  if (!act?.number || !act.date) return comune.name;
  return `${comune.name} (deliberazione n. ${act.number} del ${formatDate(act.date)})`;
}

function conferredPhrase(conferred: readonly ComuneRecord[], item: FunctionRecord): string {
  const names = italianList(conferred.map((comune) => withAct(comune, item)));
  return conferred.length === 1 ? `dal Comune di ${names}` : `dai Comuni di ${names}`;
}

/** What the record says of the function, stated as it is: already exercised, planned, proposed, or absent. */
export function conferralStatement({ record, functionRecord, funzione }: FieldContext): string {
  const name = funzione?.name ?? "";
  const split = splitComuni(record, functionRecord);
  if (split && functionRecord && split.others.length > 0) {
    const started =
      functionRecord.state === "attiva" && functionRecord.start_date
        ? ` ed è esercitata dall'Unione per il ${split.conferred.length === 1 ? "suo" : "loro"} territorio dal ${formatDate(functionRecord.start_date)}`
        : "";
    return `la funzione ${name} è stata conferita all'Unione ${conferredPhrase(split.conferred, functionRecord)}${started}; non è ancora conferita ${byComuni(split.others)}, per i quali il conferimento è programmato e decorre dalla data indicata nella presente convenzione`;
  }
  switch (functionRecord?.state) {
    case "attiva":
      return `la funzione ${name} è già esercitata in forma associata dall'Unione${functionRecord.start_date ? ` dal ${formatDate(functionRecord.start_date)}` : ""}: la presente convenzione ne disciplina il conferimento`;
    case "pianificata":
    case "proposta":
      if (split)
        return `la funzione ${name} è stata conferita all'Unione da tutti i Comuni aderenti, ${conferredPhrase(split.conferred, functionRecord)}, e il conferimento decorre dalla data indicata nella presente convenzione`;
      return functionRecord.state === "pianificata"
        ? `la funzione ${name} non è ancora conferita all'Unione: il conferimento è programmato e decorre dalla data indicata nella presente convenzione`
        : `il conferimento della funzione ${name} all'Unione è proposto e non ancora deliberato: la presente convenzione è lo schema da sottoporre ai Consigli comunali`;
    default:
      return `la funzione ${name} non risulta ancora conferita all'Unione: la presente convenzione ne dispone il conferimento`;
  }
}

/** For a regolamento: the Comuni "hanno conferito" only when the function is active and no Comune is known to lack. */
export function conferralClause({ record, functionRecord }: FieldContext): string {
  const split = splitComuni(record, functionRecord);
  const everyone = split === null || split.others.length === 0;
  return functionRecord?.state === "attiva" && everyone
    ? "che hanno conferito la funzione all'Unione"
    : "che conferiscono la funzione all'Unione con la convenzione approvata dai rispettivi Consigli comunali";
}
