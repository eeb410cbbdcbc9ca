/**
 * The fields an admin may change with `aggiorna`, per kind of target, with the Italian names people type
 * ("stato", "personale", "durata") and how each value is read. Anything not listed here is edited in YAML.
 */
import { UnioneError } from "../core/errors.js";
import { normalizeName } from "../core/fuzzy-match.js";
import type { ComuneRecord } from "../knowledge/record-schema.js";
import {
  type FieldValue,
  isUnknownWord,
  parseBoolean,
  parseChoice,
  parseComuni,
  parseDate,
  parseInteger,
} from "./update-values.js";

export type TargetKind = "unione" | "function" | "deliverable" | "comune";

type ValueKind = "boolean" | "date" | "integer" | "text" | "comuni" | { choices: Record<string, string> };

export interface FieldSpec {
  /** The path inside the target object, e.g. ["giunta", "composition"]. */
  path: string[];
  /** The canonical name shown in messages and stored in the audit log. */
  name: string;
  aliases: string[];
  value: ValueKind;
  nullable: boolean;
}

const confidence = {
  choices: {
    confermato: "confermato",
    parziale: "parziale",
    da_verificare: "da_verificare",
    "da verificare": "da_verificare",
  },
};

function field(name: string, value: ValueKind, aliases: string[] = [], nullable = true, path = [name]): FieldSpec {
  return { path, name, aliases, value, nullable };
}

const specs: Record<TargetKind, FieldSpec[]> = {
  unione: [
    field("name", "text", ["nome"], false),
    field("province", "text", ["provincia"], false),
    field("type", { choices: { costituita: "costituita", esistente: "esistente" } }, ["tipo"], false),
    field("as_of", "date", ["aggiornato_al", "data_dati"], false),
    field("seat", "text", ["sede"]),
    field("population", "integer", ["popolazione", "abitanti"]),
    field("population_year", "integer", ["anno_popolazione"]),
    field("note", "text", ["nota"]),
    field(
      "giunta",
      {
        choices: {
          sindaci: "sindaci",
          "assessori delegati": "assessori_delegati",
          assessori: "assessori_delegati",
          altro: "altro",
        },
      },
      ["composizione_giunta", "giunta_composition"],
      true,
      ["giunta", "composition"],
    ),
    field("statuto_approved", "date", ["statuto", "approvazione_statuto"], true, ["dates", "statuto_approved"]),
    field("deed_signed", "date", ["atto_costitutivo"], true, ["dates", "deed_signed"]),
    field("operating_from", "date", ["operativa_dal", "avvio_unione"], true, ["dates", "operating_from"]),
    field("duration_years", "integer", ["durata", "durata_unione", "anni"]),
  ],
  function: [
    field(
      "state",
      {
        choices: {
          attiva: "attiva",
          attivo: "attiva",
          avviata: "attiva",
          pianificata: "pianificata",
          prevista: "pianificata",
          proposta: "proposta",
          cessata: "cessata",
        },
      },
      ["stato"],
      false,
    ),
    field("conferring_comuni", "comuni", ["comuni", "conferenti", "comuni_conferenti"]),
    field("integral", "boolean", ["integrale"]),
    field("staff_transferred", "boolean", ["personale", "personale_trasferito"]),
    field("resources_transferred", "boolean", ["risorse", "risorse_trasferite"]),
    field("start_date", "date", ["avvio", "data_avvio", "inizio"]),
    field("planned_date", "date", ["avvio_previsto", "data_prevista", "previsto"]),
    field("duration_years", "integer", ["durata", "anni"]),
    field("open_ended", "boolean", ["indeterminato", "tempo_indeterminato", "senza_termine"], false),
    field("confidence", confidence, ["affidabilita"], false),
    field("note", "text", ["nota"]),
  ],
  deliverable: [
    field(
      "state",
      {
        choices: {
          approvato: "approvato",
          approvata: "approvato",
          in_corso: "in_corso",
          "in corso": "in_corso",
          da_avviare: "da_avviare",
          "da avviare": "da_avviare",
        },
      },
      ["stato"],
    ),
    field("date", "date", ["data", "data_approvazione"]),
    field("confidence", confidence, ["affidabilita"], false),
    field("note", "text", ["nota"]),
  ],
  comune: [
    field(
      "status",
      {
        choices: {
          ordinario: "ordinario",
          fusione_in_corso: "fusione_in_corso",
          "fusione in corso": "fusione_in_corso",
          nato_da_fusione: "nato_da_fusione",
          "nato da fusione": "nato_da_fusione",
          commissariato: "commissariato",
        },
      },
      ["stato"],
      false,
    ),
    field("status_until", "date", ["fino_al", "stato_fino_al", "fine_mandato"]),
    field("population", "integer", ["popolazione", "abitanti"]),
    field("population_year", "integer", ["anno_popolazione"]),
  ],
};

function fieldKey(value: string): string {
  return normalizeName(value).replace(/ /g, "_");
}

export function findField(kind: TargetKind, typed: string): FieldSpec | null {
  const key = fieldKey(typed);
  return specs[kind].find((spec) => spec.name === key || spec.aliases.includes(key)) ?? null;
}

export function fieldNames(kind: TargetKind): string[] {
  return specs[kind].map((spec) => spec.name);
}

/** The typed value as stored; "non noto", "-" and the like mean null where the field may be unknown. */
export function parseFieldValue(spec: FieldSpec, raw: string, comuni: ComuneRecord[]): FieldValue {
  if (isUnknownWord(raw)) {
    if (spec.nullable) return null;
    throw new UnioneError(
      "INVALID_INPUT",
      `Il campo ${spec.name} non può essere lasciato sconosciuto: indica un valore. Nessuna modifica salvata.`,
    );
  }
  const value = spec.value;
  if (value === "boolean") return parseBoolean(spec.name, raw);
  if (value === "date") return parseDate(spec.name, raw);
  if (value === "integer") return parseInteger(spec.name, raw);
  if (value === "comuni") return parseComuni(spec.name, raw, comuni);
  if (value === "text") return raw.trim();
  return parseChoice(
    spec.name,
    raw.replace(/_/g, " "),
    Object.fromEntries(Object.entries(value.choices).map(([key, stored]) => [normalizeName(key), stored])),
  );
}
