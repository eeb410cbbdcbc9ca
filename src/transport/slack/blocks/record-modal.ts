/**
 * The data-entry modals (Block Kit views) drawn from the router's form data: one function of one Unione, or the
 * programme documents. Block ids are the form's field keys, so the router's field errors land beside the inputs.
 * `private_metadata` carries the Unione, the function and the channel the form was opened from.
 */
import type { types as SlackTypes } from "@slack/bolt";
import type { DeliverablesFormData, FunctionFormData, RecordFormData } from "../../../commands/record-form.js";
import type { KnownBlock } from "./block-kit.js";
import { truncate } from "./block-kit.js";

export const VIEW_IDS = { function: "record_function_form", deliverables: "record_deliverables_form" } as const;
export const INPUT_ACTION = "value";

export type ModalView = SlackTypes.ModalView;

/** Where a form belongs: decoded again when it is submitted. */
export interface FormMetadata {
  unione: string;
  funzione: string | null;
  channel: string;
}

export function encodeMetadata(metadata: FormMetadata): string {
  return JSON.stringify({ u: metadata.unione, f: metadata.funzione, c: metadata.channel });
}

export function decodeMetadata(raw: string | undefined): FormMetadata | null {
  try {
    const parsed = JSON.parse(raw ?? "") as { u?: unknown; f?: unknown; c?: unknown };
    if (typeof parsed.u !== "string" || typeof parsed.c !== "string") return null;
    return { unione: parsed.u, funzione: typeof parsed.f === "string" ? parsed.f : null, channel: parsed.c };
  } catch {
    return null;
  }
}

const plain = (text: string, max = 150) => ({ type: "plain_text" as const, text: truncate(text, max), emoji: true });
const option = (value: string, text: string) => ({ text: plain(text, 75), value });

function input(blockId: string, label: string, element: Record<string, unknown>, hint?: string): KnownBlock {
  return {
    type: "input",
    block_id: blockId,
    optional: blockId !== "state",
    label: plain(label, 2000),
    element: { action_id: INPUT_ACTION, ...element },
    ...(hint ? { hint: plain(hint, 2000) } : {}),
  } as KnownBlock;
}

function select(choices: [string, string][], current: string | null, placeholder: string): Record<string, unknown> {
  const options = choices.map(([value, text]) => option(value, text));
  const initial = options.find((item) => item.value === current);
  return {
    type: "static_select",
    placeholder: plain(placeholder),
    options,
    ...(initial ? { initial_option: initial } : {}),
  };
}

function text(current: string | null | undefined, multiline = false): Record<string, unknown> {
  return { type: "plain_text_input", multiline, ...(current ? { initial_value: current } : {}) };
}

function date(current: string | null | undefined): Record<string, unknown> {
  return { type: "datepicker", ...(current ? { initial_date: current } : {}) };
}

function yesNo(current: boolean | null): Record<string, unknown> {
  const value = current === true ? "si" : current === false ? "no" : "non_noto";
  return select(
    [
      ["si", "Sì"],
      ["no", "No"],
      ["non_noto", "Non noto (da verificare)"],
    ],
    value,
    "Sì, no o non noto",
  );
}

const confidenceChoices: [string, string][] = [
  ["confermato", "Confermato da un atto"],
  ["parziale", "Confermato in parte"],
  ["da_verificare", "Da verificare"],
];

function functionBlocks(form: FunctionFormData): KnownBlock[] {
  const current = form.current;
  const acts = current?.acts ?? [];
  const conferring = form.members.filter((member) => current?.conferring_comuni?.includes(member.id));
  const memberOptions = form.members.map((member) => option(member.id, member.name));
  const blocks: KnownBlock[] = [
    {
      type: "context",
      elements: [{ type: "mrkdwn", text: `*${form.unione.name}* · funzione *${form.funzione.name}*` }],
    },
    input(
      "state",
      "Stato della funzione",
      select(
        [
          ["attiva", "Attiva (gestione associata in corso)"],
          ["pianificata", "Pianificata"],
          ["proposta", "Proposta (conferimento non ancora deliberato)"],
          ["cessata", "Cessata"],
        ],
        current?.state ?? null,
        "Scegli lo stato",
      ),
    ),
    input(
      "conferring",
      "Comuni che hanno conferito la funzione",
      {
        type: "multi_static_select",
        placeholder: plain("Scegli i Comuni"),
        options: memberOptions,
        ...(conferring.length > 0
          ? { initial_options: memberOptions.filter((item) => conferring.some((member) => member.id === item.value)) }
          : {}),
      },
      "Lascia vuoto se non è noto.",
    ),
  ];
  for (const member of form.members) {
    const act = acts.find((item) => item.comune === member.id && /consiglio/i.test(item.organ));
    blocks.push(
      input(`act_number.${member.id}`, `${member.name}: numero della delibera di conferimento`, text(act?.number)),
      input(`act_date.${member.id}`, `${member.name}: data della delibera`, date(act?.date)),
    );
  }
  blocks.push(
    input("start_date", "Data di avvio della gestione associata", date(current?.start_date)),
    input("planned_date", "Data di avvio prevista (se non ancora attiva)", date(current?.planned_date)),
    input(
      "duration",
      "Durata del conferimento in anni",
      text(current?.duration_years ? String(current.duration_years) : null),
    ),
    input("open_ended", "Termine", {
      type: "checkboxes",
      options: [option("si", "A tempo indeterminato (Comuni obbligati per legge, L.R. 21/2012 art. 24 c.6)")],
      ...(current?.open_ended
        ? {
            initial_options: [
              option("si", "A tempo indeterminato (Comuni obbligati per legge, L.R. 21/2012 art. 24 c.6)"),
            ],
          }
        : {}),
    }),
    input("integral", "Conferimento integrale (nulla resta ai Comuni)", yesNo(current?.integral ?? null)),
    input("staff", "Personale trasferito all'Unione", yesNo(current?.staff_transferred ?? null)),
    input("resources", "Risorse finanziarie e strumentali trasferite", yesNo(current?.resources_transferred ?? null)),
    input("confidence", "Affidabilità dei dati", select(confidenceChoices, current?.confidence ?? null, "Scegli")),
    input("note", "Note", text(current?.note, true)),
  );
  return blocks;
}

function deliverableBlocks(form: DeliverablesFormData): KnownBlock[] {
  const blocks: KnownBlock[] = [
    { type: "context", elements: [{ type: "mrkdwn", text: `*${form.unione.name}* · documenti del programma` }] },
  ];
  for (const item of form.deliverables) {
    const current = item.current;
    blocks.push(
      { type: "header", text: plain(item.name) },
      input(
        `state.${item.id}`,
        "Stato",
        select(
          [
            ["approvato", "Approvato"],
            ["in_corso", "In corso"],
            ["da_avviare", "Da avviare"],
            ["non_noto", "Non noto (da verificare)"],
          ],
          current?.state ?? "non_noto",
          "Scegli lo stato",
        ),
      ),
      input(`act_number.${item.id}`, "Numero dell'atto di approvazione", text(current?.act?.number)),
      input(`act_date.${item.id}`, "Data dell'atto di approvazione", date(current?.act?.date ?? current?.date)),
      input(`note.${item.id}`, "Note", text(current?.note, true)),
    );
  }
  return blocks;
}

export function recordModal(form: RecordFormData, channel: string): ModalView {
  const isFunction = form.kind === "function";
  return {
    type: "modal",
    callback_id: isFunction ? VIEW_IDS.function : VIEW_IDS.deliverables,
    private_metadata: encodeMetadata({
      unione: form.unione.id,
      funzione: isFunction ? form.funzione.code : null,
      channel,
    }),
    title: plain(isFunction ? "Aggiorna funzione" : "Documenti programma", 24),
    submit: plain("Salva", 24),
    close: plain("Annulla", 24),
    blocks: (isFunction ? functionBlocks(form) : deliverableBlocks(form)).slice(0, 100),
  } as ModalView;
}
