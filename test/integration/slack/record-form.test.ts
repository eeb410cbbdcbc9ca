/**
 * Data entry in Slack through the real Bolt app over loopback HTTP: the "Aggiorna dati" button of a status message
 * opens a modal (views.open on the fake Slack Web API), a signed view_submission saves it through the real router,
 * record store (SQLite), readiness rules and audit log; then `/unione stato` and `/unione storico` show the change.
 * Bad input tried: a non-admin pressing the button, an admin in another Unione's channel, a non-numeric duration,
 * an act dated in the future, a submission after the channel was re-bound to another Unione.
 */
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createCommandRouter } from "../../../src/commands/router.js";
import { silentLogger } from "../../../src/core/logger.js";
import type { SourceSummary } from "../../../src/ingestion/index-service.js";
import { createFunctionCatalog } from "../../../src/knowledge/function-catalog.js";
import { loadUnioneRecords } from "../../../src/knowledge/load-records.js";
import { loadReadinessRules } from "../../../src/readiness/rules.js";
import { createStatusService } from "../../../src/readiness/status-service.js";
import { openMemoryDatabase } from "../../../src/records/database.js";
import { createRecordStore, type RecordStore } from "../../../src/records/record-store.js";
import { fakeRouterDeps } from "../../support/fake-router-deps.js";
import { buttonPress } from "../../support/slack-request.js";
import { ADMIN, blockText, replyOn, type SlackHarness, startSlackHarness } from "./slack-harness.js";

const knowledgeDir = join(process.cwd(), "knowledge");
const clock = () => new Date("2026-11-27T09:00:00Z");
/** An indexed deliberation of Codigoro with act metadata, as ingestion records it. */
const indexedDelibera: SourceSummary = {
  path: "unioni/terre-del-delta/atti/delibera-cc-codigoro-12-2024.pdf",
  title: "Delibera CC Codigoro 12/2024",
  kind: "record",
  unione: "terre-del-delta",
  chunks: 4,
  pages: 2,
  act: {
    type: "delibera",
    organ: "consiglio",
    number: "12",
    date: "2024-03-05",
    year: 2024,
    subject: "Conferimento della polizia locale",
    label: "Delibera di Consiglio n. 12 del 05/03/2024",
    subKind: null,
    sectorNumber: null,
    parent: null,
  },
};

let harness: SlackHarness;
let records: RecordStore;

beforeEach(async () => {
  const database = openMemoryDatabase();
  const catalog = createFunctionCatalog(knowledgeDir);
  const loaded = loadUnioneRecords(knowledgeDir);
  records = createRecordStore({ database, seed: loaded.records, catalog, clock });
  const status = createStatusService({ records, rules: loadReadinessRules(knowledgeDir), catalog, clock });
  harness = await startSlackHarness({
    database,
    router: (stores) =>
      createCommandRouter({
        ...fakeRouterDeps([], { bindings: stores.bindings, feedback: stores.feedback }),
        records,
        updates: records,
        status,
        catalog,
        logger: silentLogger(),
        clock,
        index: {
          ingest: async () => Promise.reject(new Error("no")),
          exists: () => true,
          sources: async () => [indexedDelibera],
        },
      }),
  });
  harness.bindings.bind("CDELTA", "terre-del-delta", ADMIN);
  harness.bindings.bind("CACQUA", "terre-d-acqua", ADMIN);
});

afterEach(async () => {
  await harness.close();
});

interface Button {
  action_id: string;
  value: string;
}

function buttonsOf(message: Record<string, unknown>): Button[] {
  const blocks = (message.blocks ?? []) as { accessory?: Button; elements?: Button[] }[];
  return blocks.flatMap((block) => [...(block.accessory ? [block.accessory] : []), ...(block.elements ?? [])]);
}

async function status(key: string, user: string, channel = "CDELTA"): Promise<Record<string, unknown>> {
  await harness.command("stato", { key, user, channel });
  return replyOn(harness, key);
}

async function press(button: Button, user: string, channel: string, key: string) {
  return harness.action(
    buttonPress({
      actionId: button.action_id,
      value: button.value,
      user,
      channel,
      responseUrl: harness.api.responseUrl(key),
      ephemeral: true,
    }),
  );
}

type Values = Record<string, Record<string, Record<string, unknown>>>;

function submission(view: Record<string, unknown>, values: Values, user = ADMIN): Record<string, unknown> {
  return {
    type: "view_submission",
    team: { id: "T1", domain: "unioni" },
    user: { id: user, username: user.toLowerCase(), team_id: "T1" },
    api_app_id: "A1",
    token: "legacy-verification-token",
    trigger_id: "trigger-2",
    view: { id: "V1", team_id: "T1", type: "modal", ...view, state: { values } },
  };
}

const text = (value: string) => ({ value: { type: "plain_text_input", value } });
const pick = (value: string) => ({ value: { type: "static_select", selected_option: { value } } });
const day = (value: string | null) => ({ value: { type: "datepicker", selected_date: value } });

function policeValues(overrides: Values = {}): Values {
  return {
    state: pick("attiva"),
    conferring: {
      value: {
        type: "multi_static_select",
        selected_options: [{ value: "codigoro" }, { value: "goro" }, { value: "mesola" }],
      },
    },
    "act_number.codigoro": text("12"),
    "act_date.codigoro": day("2024-03-05"),
    "act_number.goro": text("8"),
    "act_date.goro": day("2024-03-06"),
    "act_number.mesola": text("15"),
    "act_date.mesola": day("2024-03-07"),
    start_date: day("2024-07-01"),
    planned_date: day(null),
    duration: text("5"),
    open_ended: { value: { type: "checkboxes", selected_options: [] } },
    integral: pick("si"),
    staff: pick("si"),
    resources: pick("si"),
    confidence: pick("confermato"),
    note: text("Convenzione approvata dai tre Consigli"),
    ...overrides,
  };
}

async function openPoliceForm(): Promise<Record<string, unknown>> {
  const reply = await status("status-admin", ADMIN);
  const button = buttonsOf(reply).find(
    (item) => item.action_id === "record_edit_function" && item.value.includes("polizia-locale"),
  );
  expect(button).toBeDefined();
  await press(button!, ADMIN, "CDELTA", "press-admin");
  const call = await harness.api.waitFor(() => harness.api.callsTo("views.open")[0], "views.open");
  return call.body;
}

describe("data entry in Slack: the function form", () => {
  it("an admin opens the form from the status, saves it, and status and history show the change", async () => {
    const opened = await openPoliceForm();
    expect(opened.trigger_id).toBe("trigger-1");
    const view = opened.view as Record<string, unknown>;
    expect(view.callback_id).toBe("record_function_form");
    const blockIds = (view.blocks as { block_id?: string }[]).map((block) => block.block_id);
    expect(blockIds).toEqual(
      expect.arrayContaining(["state", "conferring", "act_number.goro", "act_date.mesola", "duration", "staff"]),
    );

    const result = await harness.action(submission(view, policeValues()));
    expect(result.status).toBe(200);
    expect(result.body).not.toContain("errors");
    const confirmation = await harness.api.waitFor(() => harness.api.callsTo("chat.postEphemeral")[0], "confirmation");
    expect(String(confirmation.body.text)).toContain("Salvato: la funzione Polizia locale di Unione Terre del Delta");
    expect(confirmation.body.channel).toBe("CDELTA");

    const after = blockText(await status("status-after", "UUSER"));
    expect(after).toContain("Polizia locale — attiva dal 01/07/2024: conta");
    const stored = records.get("terre-del-delta")!.functions.find((item) => item.code === "polizia-locale")!;
    expect(stored.conferring_comuni).toEqual(["codigoro", "goro", "mesola"]);
    expect(stored.acts.find((act) => act.comune === "codigoro")?.document).toBe(indexedDelibera.path);
    expect(stored.acts.find((act) => act.comune === "goro")?.document).toBeNull();

    await harness.command("storico", { key: "history", channel: "CDELTA" });
    const history = blockText(await replyOn(harness, "history"));
    expect(history).toContain("duration_years");
    expect(history).toContain(ADMIN);
    expect(history).toContain("delibera-cc-codigoro-12-2024.pdf");
  });

  it("a non-numeric duration and a future act date come back as field errors, and nothing is saved", async () => {
    const opened = await openPoliceForm();
    const before = records.history("terre-del-delta").length;
    const values = policeValues({ duration: text("tre anni circa"), "act_date.goro": day("2027-01-10") });
    const result = await harness.action(submission(opened.view as Record<string, unknown>, values));
    const body = JSON.parse(result.body) as { response_action: string; errors: Record<string, string> };
    expect(body.response_action).toBe("errors");
    expect(body.errors.duration).toContain("numero intero");
    expect(body.errors["act_date.goro"]).toContain("futuro");
    expect(records.history("terre-del-delta")).toHaveLength(before);
    expect(
      records.get("terre-del-delta")!.functions.find((item) => item.code === "polizia-locale")!.start_date,
    ).toBeNull();
  });

  it("a non-admin sees no edit button, and pressing one anyway is refused without opening a form", async () => {
    const reply = await status("status-user", "UUSER");
    expect(buttonsOf(reply).some((item) => item.action_id === "record_edit_function")).toBe(false);
    await press(
      { action_id: "record_edit_function", value: JSON.stringify({ u: "terre-del-delta", f: "ict" }) },
      "UUSER",
      "CDELTA",
      "press-user",
    );
    expect(blockText(await replyOn(harness, "press-user"))).toContain("riservato agli amministratori");
    expect(harness.api.callsTo("views.open")).toHaveLength(0);
  });

  it("an admin in Terre d'Acqua's channel cannot open Terre del Delta's form", async () => {
    const value = JSON.stringify({ u: "terre-del-delta", f: "polizia-locale" });
    await press({ action_id: "record_edit_function", value }, ADMIN, "CACQUA", "press-other");
    expect(blockText(await replyOn(harness, "press-other"))).toContain("collegato a un'altra Unione");
    expect(harness.api.callsTo("views.open")).toHaveLength(0);
  });

  it("a submission after the channel was re-bound to another Unione is refused and saves nothing", async () => {
    const opened = await openPoliceForm();
    harness.bindings.bind("CDELTA", "terre-d-acqua", ADMIN);
    const result = await harness.action(submission(opened.view as Record<string, unknown>, policeValues()));
    const body = JSON.parse(result.body) as { response_action: string; errors: Record<string, string> };
    expect(body.response_action).toBe("errors");
    expect(Object.values(body.errors).join(" ")).toContain("altra Unione");
    expect(records.history("terre-del-delta")).toHaveLength(0);
  });
});

describe("data entry in Slack: the programme documents form", () => {
  it("an admin records an approved plan with its act; status shows it approved and history lists it", async () => {
    const reply = await status("status-docs", ADMIN);
    const button = buttonsOf(reply).find((item) => item.action_id === "record_edit_deliverables");
    expect(button).toBeDefined();
    await press(button!, ADMIN, "CDELTA", "press-docs");
    const opened = await harness.api.waitFor(() => harness.api.callsTo("views.open")[0], "views.open");
    const view = opened.body.view as Record<string, unknown>;
    expect(view.callback_id).toBe("record_deliverables_form");
    const values: Values = {
      "state.piano-comunicazione": pick("approvato"),
      "act_number.piano-comunicazione": text("12"),
      "act_date.piano-comunicazione": day("2024-03-05"),
      "note.piano-comunicazione": text(""),
      "state.piano-formativo": pick("in_corso"),
      "act_number.piano-formativo": text(""),
      "act_date.piano-formativo": day(null),
      "note.piano-formativo": text("Bozza in Giunta"),
    };
    const result = await harness.action(submission(view, values));
    expect(result.body).not.toContain("errors");
    const after = blockText(await status("status-docs-after", "UUSER"));
    expect(after).toContain("Piano di comunicazione: ✅ approvato");
    expect(after).toContain("Piano formativo: 🟡 in corso");
    const stored = records.get("terre-del-delta")!.deliverables.find((item) => item.id === "piano-comunicazione")!;
    expect(stored.act?.document).toBe(indexedDelibera.path);
    expect(records.history("terre-del-delta").map((entry) => `${entry.target}:${entry.field}`)).toEqual(
      expect.arrayContaining(["piano-comunicazione:state", "piano-formativo:note"]),
    );
  });
});

describe("status views in Slack", () => {
  it("`/unione stato terre del delta --json` shows the JSON object, not 'Non conosco…'", async () => {
    await harness.command("stato terre del delta --json", { key: "json", channel: "CDELTA" });
    const reply = blockText(await replyOn(harness, "json"));
    expect(reply).toContain("```");
    expect(reply).toContain('\\"work_plan\\"');
    expect(reply).not.toContain("Non conosco");
  });

  it("'Mostra tutto' answers the presser with every gap and its article", async () => {
    const reply = await status("status-compact", "UUSER");
    expect(blockText(reply)).not.toContain("Tutte le lacune");
    const button = buttonsOf(reply).find((item) => item.action_id === "status_show_all");
    expect(button?.value).toBe("terre-del-delta");
    await press(button!, "UUSER", "CDELTA", "show-all");
    const full = await replyOn(harness, "show-all");
    expect(full.response_type).toBe("ephemeral");
    expect(blockText(full)).toContain("Tutte le lacune");
    expect(blockText(full)).toContain("L.R. 21/2012 art. 24 c.5");
  });
});
