/**
 * What the archive proposes: one fact of an Unione's record (a field of a function, a programme document or the
 * Unione itself), the act that decides it, the words of its dispositivo, and how it compares with the record.
 * `factSchema` is the one shape every fact must have, whether the rules or a model read it.
 */
import { z } from "zod";
import { deliverableIdSchema } from "../knowledge/record-schema.js";

export type ProposalStatus = "nuova" | "già registrata" | "in conflitto";

export type TargetKind = "function" | "deliverable" | "unione";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const years = z.number().int().min(1).max(99);
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

/**
 * The facts an act can prove, field by field. `conferring_comuni` is per Comune: true when the Comune confers the
 * function, false when it revokes it or withdraws.
 */
export const factSchema = z.union([
  z.object({ kind: z.literal("function"), code: slug, field: z.literal("conferring_comuni"), value: z.boolean() }),
  z.object({ kind: z.literal("function"), code: slug, field: z.literal("start_date"), value: isoDate }),
  z.object({ kind: z.literal("function"), code: slug, field: z.literal("duration_years"), value: years }),
  z.object({ kind: z.literal("function"), code: slug, field: z.literal("open_ended"), value: z.literal(true) }),
  z.object({ kind: z.literal("function"), code: slug, field: z.literal("integral"), value: z.boolean() }),
  z.object({ kind: z.literal("function"), code: slug, field: z.literal("staff_transferred"), value: z.boolean() }),
  z.object({ kind: z.literal("function"), code: slug, field: z.literal("resources_transferred"), value: z.boolean() }),
  z.object({
    kind: z.literal("deliverable"),
    code: deliverableIdSchema,
    field: z.literal("state"),
    value: z.literal("approvato"),
  }),
  z.object({ kind: z.literal("deliverable"), code: deliverableIdSchema, field: z.literal("date"), value: isoDate }),
  z.object({
    kind: z.literal("unione"),
    code: slug,
    field: z.literal("giunta"),
    value: z.enum(["sindaci", "assessori_delegati"]),
  }),
  z.object({ kind: z.literal("unione"), code: slug, field: z.literal("duration_years"), value: years }),
]);

export type Fact = z.infer<typeof factSchema>;
export type FactField = Fact["field"];
export type FactValue = Fact["value"];

/** The act a proposal rests on, as the JSON prints it. `organ` and `ente` follow the keys of the contract. */
export interface ProposalAct {
  type: string | null;
  number: string | null;
  /** ISO date. */
  date: string | null;
  subject: string | null;
  /** The file under the knowledge folder. */
  path: string;
  /** The page of the quote (null for text files). */
  page: number | null;
  organ: string | null;
  ente: string | null;
}

export interface Proposal {
  /** Stable across runs: the same fact of the same act always has the same id (a discarded one stays discarded). */
  id: string;
  target: { kind: TargetKind; code: string };
  field: FactField;
  value: FactValue;
  /** The member Comune whose act it is, for facts of a Comune's act. */
  comune?: string;
  act: ProposalAct;
  /** The words of the dispositivo that decide the fact, as they are in the act. */
  quote: string;
  /** 0–1: how sure the reading is (explicit words in the decision score higher than the OGGETTO or a model). */
  confidence: number;
  status: ProposalStatus;
}

export interface EvidenceReport {
  unione: string;
  proposals: Proposal[];
}
