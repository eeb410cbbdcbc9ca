/**
 * The zod schema of knowledge/rules/readiness.yaml. The set of `check` kinds is closed (the engine implements
 * each one); thresholds, sources, deadlines, required documents and every Italian text are data, so a consultant
 * can follow a new PRT by editing the YAML only. Templates may use only the placeholders listed per check.
 */
import { z } from "zod";
import { confidenceSchema, deliverableIdSchema } from "../knowledge/record-schema.js";
import { type FunctionRule, functionRuleSchema } from "./function-rule-schema.js";
import { base, failed, isoDate, ruleId, template, templates, text } from "./rule-schema-parts.js";

const positiveInteger = z
  .number({ error: "deve essere un numero" })
  .int({ error: "deve essere un numero intero" })
  .min(1, { error: "deve essere almeno 1" });
const thresholdVars = ["contate", "minimo", "mancanti", "candidate"] as const;
const art7Vars = ["elencate", "minimo", "ict", "da_verificare", "mancanti", "candidate"] as const;

/** A date or a window of a programme ("domande di contributo 2024": from 03/06 to 15/07). */
const programmeDateSchema = z.object({ label: text, from: isoDate.nullable().default(null), to: isoDate });

/** A regional programme (PRT) with the period it is in force and its dates. */
export const programmeSchema = z
  .object({
    id: ruleId,
    name: text,
    act: text,
    source: text,
    from: isoDate,
    to: isoDate,
    confidence: confidenceSchema.default("confermato"),
    dates: z.array(programmeDateSchema).default([]),
  })
  .refine((programme) => programme.from <= programme.to, { error: "from deve precedere to" });
const documentVars = ["documento", "scadenza"] as const;
const documentStates = ["in_corso", "da_avviare", "non_noto"] as const;
const typeRequirement = z.object({ documents: z.array(deliverableIdSchema), deadline: isoDate.nullable().optional() });

export const unioneRulesSchema = z.object({
  giunta: z.object({
    ...base,
    fact: text.optional(),
    check: z.literal("giunta"),
    allowed: z
      .array(
        z.enum(["sindaci", "assessori_delegati", "altro"], {
          error: "deve essere sindaci, assessori_delegati o altro",
        }),
      )
      .min(1),
    messages: templates(failed, ["composizione"]),
    actions: templates(failed, ["composizione"]),
  }),
  art7: z.object({
    ...base,
    check: z.literal("art7"),
    min_listed: positiveInteger,
    messages: templates(["soddisfatta", "fallita"] as const, art7Vars).extend({
      da_verificare: template(art7Vars).optional(),
    }),
    actions: z
      .object({ fallita: template(art7Vars).optional(), da_verificare: template(art7Vars).optional() })
      .default({}),
  }),
  threshold: z.object({
    ...base,
    check: z.literal("soglia_funzioni"),
    min_functions: positiveInteger,
    messages: templates(failed, thresholdVars),
    actions: templates(failed, thresholdVars),
  }),
  categories: z.object({
    confidence: confidenceSchema.default("da_verificare"),
    note: text.nullable().default(null),
    below: z.object({ id: ruleId, name: text }),
    levels: z
      .array(z.object({ id: ruleId, name: text, min_functions: positiveInteger }))
      .min(1)
      .refine(
        (levels) =>
          levels.every((level, index) => index === 0 || level.min_functions > levels[index - 1]!.min_functions),
        {
          error: "le categorie vanno elencate con soglie crescenti",
        },
      ),
  }),
});

export const deliverableRulesSchema = z
  .object({
    ...base,
    check: z.literal("documenti"),
    programme: text,
    deadline: isoDate.nullable().default(null),
    required_by_type: z.object({ costituita: typeRequirement, esistente: typeRequirement }),
    names: z.record(deliverableIdSchema, text),
    messages: templates(documentStates, documentVars),
    actions: templates(documentStates, documentVars),
  })
  .superRefine((rules, context) => {
    const required = [...rules.required_by_type.costituita.documents, ...rules.required_by_type.esistente.documents];
    for (const id of new Set(required)) {
      if (!rules.names[id])
        context.addIssue({ code: "custom", path: ["names", id], message: `manca il nome del documento ${id}` });
    }
  });

export const readinessRulesSchema = z
  .object({
    version: z.literal(1, { error: "versione del file regole non supportata (attesa 1)" }),
    verdict: z
      .object({ active_functions_must_count: z.boolean({ error: "deve essere true o false" }).default(true) })
      .default({ active_functions_must_count: true }),
    unknown: z.object({ message: template(["oggetto", "regola"]), action: template(["oggetto", "regola"]) }),
    function_rules: z.array(functionRuleSchema).min(1, { error: "serve almeno una regola per le funzioni" }),
    unione_rules: unioneRulesSchema,
    programmes: z.array(programmeSchema).default([]),
    deliverables: deliverableRulesSchema,
  })
  .superRefine((rules, context) => {
    const ids = [
      ...rules.function_rules.flatMap((rule) => [
        rule.id,
        ...(rule.check === "conferimento_tutti" ? rule.exceptions.map((item) => item.id) : []),
      ]),
      rules.unione_rules.giunta.id,
      rules.unione_rules.art7.id,
      rules.unione_rules.threshold.id,
      rules.deliverables.id,
    ];
    const duplicates = ids.filter((id, index) => ids.indexOf(id) !== index);
    if (duplicates.length > 0)
      context.addIssue({
        code: "custom",
        message: `codici di regola ripetuti: ${[...new Set(duplicates)].join(", ")}`,
      });
  })
  .transform((rules) => ({ ...rules, minimumDurationYears: minimumDuration(rules.function_rules) }));

/** The statutory minimum of art. 19, used when the rules file has no active duration rule. */
export const statutoryMinimumYears = 5;

/** The minimum conferral duration in force (for drafting conventions too). */
function minimumDuration(rules: FunctionRule[]): number {
  const duration = rules.find((rule) => rule.check === "durata" && rule.enabled);
  return duration?.check === "durata" ? duration.min_years : statutoryMinimumYears;
}

export type ReadinessRules = z.infer<typeof readinessRulesSchema>;
export type Programme = z.infer<typeof programmeSchema>;

export type { ConferralException, FunctionRule } from "./function-rule-schema.js";
