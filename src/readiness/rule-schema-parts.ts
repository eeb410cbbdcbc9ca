/**
 * Building blocks of the readiness rules schema: Italian texts, rule codes, ISO dates, message templates limited to
 * their placeholders, and the fields every rule has.
 */
import { z } from "zod";
import { confidenceSchema } from "../knowledge/record-schema.js";
import { placeholdersOf } from "./message-template.js";

export const text = z.string({ error: "deve essere un testo" }).trim().min(1, { error: "non può essere vuoto" });
export const ruleId = z
  .string({ error: "deve essere un codice testuale" })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "deve essere un codice in minuscolo con trattini" });
export const isoDate = z
  .string({ error: "deve essere una data nel formato AAAA-MM-GG" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "deve essere una data nel formato AAAA-MM-GG" })
  .refine((value) => new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), {
    error: "non è una data esistente",
  });

/** A message template that may use only `allowed` placeholders. */
export function template(allowed: readonly string[]) {
  return text.superRefine((value, context) => {
    const unknown = placeholdersOf(value).filter((name) => !allowed.includes(name));
    if (unknown.length > 0) {
      context.addIssue({
        code: "custom",
        message: `segnaposto non ammessi: ${unknown.map((name) => `{{${name}}}`).join(", ")}; ammessi: ${allowed.map((name) => `{{${name}}}`).join(", ")}`,
      });
    }
  });
}

export function templates<const K extends string>(keys: readonly K[], allowed: readonly string[]) {
  const shape = Object.fromEntries(keys.map((key) => [key, template(allowed)])) as Record<
    K,
    ReturnType<typeof template>
  >;
  return z.object(shape);
}

export const base = {
  id: ruleId,
  name: text,
  source: text,
  confidence: confidenceSchema.default("confermato"),
  enabled: z.boolean({ error: "deve essere true o false" }).default(true),
};

/** The one state most rules report: the check failed. */
export const failed = ["fallita"] as const;
