/**
 * The rules a conferred function must pass (art. 24 and art. 19 of L.R. 21/2012): one schema per `check` kind,
 * each with its Italian messages and actions, and the conferral exceptions of art. 24 c.4-bis/ter/quater.
 */
import { z } from "zod";
import { base, failed, ruleId, template, templates, text } from "./rule-schema-parts.js";

const functionVars = ["funzione"] as const;

/** What a function rule needs when its fact is unknown: the fact to collect, and from whom. */
const collect = {
  /** The fact to collect, e.g. "data di avvio"; defaults to the rule's name. */
  fact: text.optional(),
  /** comuni: each member Comune holds it (its deliberation, its staff); unione: the convention and the Unione's acts. */
  ask: z.enum(["comuni", "unione"], { error: "deve essere comuni o unione" }).default("comuni"),
};

export const exceptionSchema = z.object({
  id: ruleId,
  comune_status: z.enum(["fusione_in_corso", "nato_da_fusione", "commissariato"], {
    error: "deve essere fusione_in_corso, nato_da_fusione o commissariato",
  }),
  requires_until: z.boolean({ error: "deve essere true o false" }).default(false),
  source: text,
  message: template(["funzione", "comune", "data"]),
});

const startStates = ["pianificata", "proposta", "cessata", "futura"] as const;

export const functionRuleSchema = z.discriminatedUnion(
  "check",
  [
    z.object({
      ...base,
      ...collect,
      check: z.literal("avvio"),
      messages: templates(startStates, ["funzione", "data"]),
      actions: templates(startStates, ["funzione", "data"]),
    }),
    z.object({
      ...base,
      ...collect,
      check: z.literal("conferimento_tutti"),
      messages: templates(failed, ["funzione", "comune"]),
      actions: templates(failed, ["funzione", "comune"]),
      exceptions: z.array(exceptionSchema).default([]),
    }),
    z.object({
      ...base,
      ...collect,
      check: z.literal("integrale"),
      messages: templates(failed, functionVars),
      actions: templates(failed, functionVars),
    }),
    z.object({
      ...base,
      ...collect,
      check: z.literal("personale"),
      messages: templates(failed, functionVars),
      actions: templates(failed, functionVars),
    }),
    z.object({
      ...base,
      ...collect,
      check: z.literal("risorse"),
      messages: templates(failed, functionVars),
      actions: templates(failed, functionVars),
    }),
    z.object({
      ...base,
      ...collect,
      check: z.literal("durata"),
      min_years: z
        .number({ error: "deve essere un numero" })
        .int({ error: "deve essere un numero intero" })
        .positive({ error: "deve essere positivo" }),
      open_ended_source: text,
      messages: templates(failed, ["funzione", "anni", "minimo"]),
      actions: templates(failed, ["funzione", "anni", "minimo"]),
    }),
  ],
  { error: "check deve essere avvio, conferimento_tutti, integrale, personale, risorse o durata" },
);

export type FunctionRule = z.infer<typeof functionRuleSchema>;
export type ConferralException = z.infer<typeof exceptionSchema>;
