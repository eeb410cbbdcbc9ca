/**
 * The Unione record schema: single source of truth for the YAML files in knowledge/unioni/<id>/record.yaml,
 * the SQLite store and the readiness engine. Unknown facts are `null`, never guessed.
 * Error messages are Italian because officials and consultants read them.
 */
import { z } from "zod";
import {
  durationYears,
  isoDate,
  line,
  MAX_TITLE_CHARS,
  note,
  population,
  populationYear,
  slug,
} from "./record-fields.js";

/** How sure we are of a fact: confirmed by an act, partly, or still to verify. */
export const confidenceSchema = z.enum(["confermato", "parziale", "da_verificare"], {
  error: "deve essere confermato, parziale o da_verificare",
});

/** An act: deliberation, deed or decree. Number and date stay null when not known. */
export const actSchema = z.object({
  organ: line().min(1, { error: "indicare l'organo che ha adottato l'atto" }),
  type: line().nullable().default(null),
  number: z
    .union([line(50), z.number()])
    .transform(String)
    .nullable()
    .default(null),
  date: isoDate.nullable().default(null),
  title: line(MAX_TITLE_CHARS).nullable().default(null),
  comune: slug.nullable().default(null),
  confidence: confidenceSchema.default("confermato"),
  /** Path of the indexed document of this act (under the knowledge folder), when it was found in the index. */
  document: line(MAX_TITLE_CHARS).min(1).nullable().default(null),
  /** The page of `document` where the act decides what `fields` name. */
  page: z.number().int().positive().max(100_000).nullable().default(null),
  /**
   * The record fields this act proves ("conferring_comuni", "start_date"…): a fact named here rests on the act, any
   * other known fact was only declared. Empty for acts entered by hand.
   */
  fields: z.array(line(60).min(1)).max(30).default([]),
});

/** A member Comune. `status` feeds the exceptions of L.R. 21/2012 art. 24 c.4-bis/ter/quater. */
export const comuneSchema = z.object({
  id: slug,
  name: line().min(1, { error: "il nome del Comune è obbligatorio" }),
  population,
  population_year: populationYear,
  status: z
    .enum(["ordinario", "fusione_in_corso", "nato_da_fusione", "commissariato"], {
      error: "deve essere ordinario, fusione_in_corso, nato_da_fusione o commissariato",
    })
    .default("ordinario"),
  /** For a Comune born from a fusion: the end of its first term (art. 24 c.4-ter). */
  status_until: isoDate.nullable().default(null),
  council_act: actSchema.nullable().default(null),
});

export const functionStateSchema = z.enum(["attiva", "pianificata", "proposta", "cessata"], {
  error: "deve essere attiva, pianificata, proposta o cessata",
});

/** A function conferred (or to be conferred) to the Unione. Booleans are null when not known. */
export const functionRecordSchema = z.object({
  code: slug,
  state: functionStateSchema,
  /** Ids of the member Comuni that conferred it; null when not known. */
  conferring_comuni: z.array(slug).nullable().default(null),
  integral: z.boolean().nullable().default(null),
  staff_transferred: z.boolean().nullable().default(null),
  resources_transferred: z.boolean().nullable().default(null),
  start_date: isoDate.nullable().default(null),
  /** Planned start, for functions not yet active. */
  planned_date: isoDate.nullable().default(null),
  duration_years: durationYears,
  /** Conferral without a term (art. 24 c.6, Comuni obliged by law). */
  open_ended: z.boolean().default(false),
  acts: z.array(actSchema).default([]),
  confidence: confidenceSchema.default("da_verificare"),
  note,
});

export const deliverableIdSchema = z.enum(
  ["atti-governance", "piano-comunicazione", "programmazione-personale", "piano-formativo"],
  {
    error: "deve essere atti-governance, piano-comunicazione, programmazione-personale o piano-formativo",
  },
);

export const deliverableSchema = z.object({
  id: deliverableIdSchema,
  state: z
    .enum(["approvato", "in_corso", "da_avviare"], { error: "deve essere approvato, in_corso o da_avviare" })
    .nullable()
    .default(null),
  act: actSchema.nullable().default(null),
  date: isoDate.nullable().default(null),
  confidence: confidenceSchema.default("da_verificare"),
  note,
});

export const sourceRefSchema = z.object({
  title: line(MAX_TITLE_CHARS).min(1),
  url: line(2_000).nullable().default(null),
  accessed: isoDate.nullable().default(null),
  note,
});

export const unioneRecordSchema = z.object({
  id: slug,
  name: line().min(1, { error: "il nome dell'Unione è obbligatorio" }),
  /** True for the fictional demo Unione: every output says it is an example. */
  example: z.boolean().default(false),
  province: line().min(1),
  type: z.enum(["costituita", "esistente"], { error: "deve essere costituita o esistente" }),
  as_of: isoDate,
  seat: line().nullable().default(null),
  population,
  population_year: populationYear,
  dates: z
    .object({
      statuto_approved: isoDate.nullable().default(null),
      deed_signed: isoDate.nullable().default(null),
      operating_from: isoDate.nullable().default(null),
    })
    .default({ statuto_approved: null, deed_signed: null, operating_from: null }),
  comuni: z.array(comuneSchema).min(2, { error: "un'Unione comprende almeno due Comuni (TUEL art. 32)" }),
  giunta: z
    .object({
      /** sindaci: the mayors; assessori_delegati: one assessore per Comune delegated for all functions (art. 24 c.5). */
      composition: z
        .enum(["sindaci", "assessori_delegati", "altro"], { error: "deve essere sindaci, assessori_delegati o altro" })
        .nullable()
        .default(null),
      confidence: confidenceSchema.default("da_verificare"),
      note,
    })
    .default({ composition: null, confidence: "da_verificare", note: null }),
  /** The Unione's own duration in years, as its statute sets it (at least 10, L.R. 21/2012 art. 19). */
  duration_years: durationYears,
  /** Acts proving facts of the Unione itself (statute: duration, Giunta), each naming the `fields` it proves. */
  acts: z.array(actSchema).default([]),
  functions: z.array(functionRecordSchema).default([]),
  deliverables: z.array(deliverableSchema).default([]),
  sources: z.array(sourceRefSchema).default([]),
  note,
});

export type Confidence = z.infer<typeof confidenceSchema>;
export type Act = z.infer<typeof actSchema>;
export type ComuneRecord = z.infer<typeof comuneSchema>;
export type FunctionRecord = z.infer<typeof functionRecordSchema>;
export type FunctionState = z.infer<typeof functionStateSchema>;
export type DeliverableId = z.infer<typeof deliverableIdSchema>;
export type DeliverableRecord = z.infer<typeof deliverableSchema>;
export type UnioneRecord = z.infer<typeof unioneRecordSchema>;

/** One schema problem, with the path of the field ("functions.0.duration_years") and an Italian message. */
export interface SchemaIssue {
  path: string;
  message: string;
}

export function parseUnioneRecord(
  input: unknown,
): { ok: true; record: UnioneRecord } | { ok: false; issues: SchemaIssue[] } {
  const result = unioneRecordSchema.safeParse(input);
  if (result.success) return { ok: true, record: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((issue) => ({
      path: issue.path.map(String).join("."),
      message:
        issue.code === "invalid_type" && issue.input === undefined ? "campo obbligatorio mancante" : issue.message,
    })),
  };
}

/** JSON Schema for editors (written to knowledge/unioni/record.schema.json by `unione schema`). */
export function recordJsonSchema(): unknown {
  return z.toJSONSchema(unioneRecordSchema, { io: "input", unrepresentable: "any" });
}
