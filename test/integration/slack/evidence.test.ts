/**
 * The evidence review in Slack through the real Bolt app over loopback HTTP: `/unione evidenze` lists the facts the
 * Unione's acts propose (real fixture deliberations, real records in SQLite) with "Conferma" and "Scarta"; pressing
 * them is the same audited update as `/unione aggiorna`, or a discard remembered in SQLite; `/unione stato` offers
 * the step and then shows which facts rest on an act. Bad input tried: a non-admin, an admin in another Unione's
 * channel and in an unbound channel, a forged button value, a stale or another Unione's proposal id, a second press
 * of the same button, a button press with a forged signature.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createCommandRouter } from "../../../src/commands/router.js";
import { silentLogger } from "../../../src/core/logger.js";
import { createFunctionCatalog } from "../../../src/knowledge/function-catalog.js";
import { loadReadinessRules } from "../../../src/readiness/rules.js";
import { createStatusService } from "../../../src/readiness/status-service.js";
import { fakeRouterDeps } from "../../support/fake-router-deps.js";
import { buttonPress } from "../../support/slack-request.js";
import { type EvidenceHarness, evidenceHarness, today } from "../../unit/evidence/evidence-harness.js";
import { ADMIN, blockText, replyOn, type SlackHarness, startSlackHarness } from "./slack-harness.js";

let harness: SlackHarness;
let evidence: EvidenceHarness;

beforeEach(async () => {
  evidence = evidenceHarness();
  const catalog = createFunctionCatalog(evidence.knowledge);
  const clock = () => today;
  const status = createStatusService({
    records: evidence.records,
    rules: loadReadinessRules(evidence.knowledge),
    catalog,
    clock,
  });
  harness = await startSlackHarness({
    database: evidence.database,
    router: (stores) =>
      createCommandRouter({
        ...fakeRouterDeps([], {
          bindings: stores.bindings,
          feedback: stores.feedback,
        }),
        records: evidence.records,
        updates: evidence.records,
        evidence: evidence.service,
        status,
        catalog,
        logger: silentLogger(),
        clock,
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

async function press(button: Button, user: string, channel: string, key: string) {
  const sent = await harness.action(
    buttonPress({
      actionId: button.action_id,
      value: button.value,
      user,
      channel,
      responseUrl: harness.api.responseUrl(key),
      ephemeral: true,
    }),
  );
  expect(sent.status).toBe(200);
  return replyOn(harness, key);
}

/** Everything a decision could change: the audit log of both Unioni and the remembered discards. */
function decisionsState() {
  return {
    delta: evidence.records.history("terre-del-delta"),
    acqua: evidence.records.history("terre-d-acqua"),
    discarded: evidence.database.prepare("SELECT unione, proposal FROM evidence_discarded").all(),
  };
}

const emptyState = { delta: [], acqua: [], discarded: [] };

async function list(key: string, user = ADMIN, channel = "CDELTA", text = "evidenze") {
  await harness.command(text, { key, user, channel });
  return replyOn(harness, key);
}

describe("/unione evidenze in Slack", () => {
  it("lists the proposals with their act and quote, and Conferma records one as an audited update", async () => {
    const reply = await list("list");
    const text = blockText(reply);
    expect(reply.response_type).toBe("ephemeral");
    expect(text).toContain("Proposte dagli atti: Unione Terre del Delta");
    // Oldest acts first; a message holds 14 proposals and says how many more there are.
    expect(text).toContain("Sistemi informatici e tecnologie dell'informazione (ICT): conferita dal Comune di Mesola");
    expect(text).toContain("Delibera C.C. di Mesola n. 52 del 26/11/2024");
    expect(text).toContain("di conferire all'Unione Terre del Delta");
    expect(text).toMatch(/Altre \d+ proposte/);
    expect(buttonsOf(reply).filter((button) => button.action_id === "evidence_confirm")).toHaveLength(14);
    expect(text).not.toContain("Lagosanto");
    const confirm = buttonsOf(reply).find((button) => button.action_id === "evidence_confirm")!;
    const target = JSON.parse(confirm.value) as { u: string; p: string };
    expect(target.u).toBe("terre-del-delta");
    const confirmed = blockText(await press(confirm, ADMIN, "CDELTA", "confirm"));
    expect(confirmed).toContain("Confermato per Unione Terre del Delta");
    const history = evidence.records.history("terre-del-delta");
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ user: ADMIN, act: { organ: "Consiglio comunale" } });
    // Recorded: the same proposal is no longer offered as new.
    const again = await list("list-again");
    expect(buttonsOf(again).some((button) => button.value === confirm.value)).toBe(false);
  });

  it("Scarta is remembered: the proposal is not offered again", async () => {
    const reply = await list("list-discard");
    const discard = buttonsOf(reply).find((button) => button.action_id === "evidence_discard")!;
    expect(blockText(await press(discard, ADMIN, "CDELTA", "discard"))).toContain("Non verrà più proposto");
    const id = (JSON.parse(discard.value) as { p: string }).p;
    const stored = evidence.database
      .prepare("SELECT proposal FROM evidence_discarded WHERE unione = ?")
      .all("terre-del-delta");
    expect(stored).toEqual([{ proposal: id }]);
    const later = await list("list-later");
    expect(blockText(later)).not.toContain(id);
    expect(evidence.records.history("terre-del-delta")).toEqual([]);
  });

  it("the status offers the review to an admin, and after a confirmation shows the fact with its act", async () => {
    const before = await harness
      .command("stato", { key: "status", user: ADMIN, channel: "CDELTA" })
      .then(() => replyOn(harness, "status"));
    expect(blockText(before)).toContain("fatti proposti dagli atti dell'Unione");
    const review = buttonsOf(before).find((button) => button.action_id === "evidence_review")!;
    const listed = await press(review, ADMIN, "CDELTA", "review");
    const confirm = buttonsOf(listed).find((button) => button.action_id === "evidence_confirm")!;
    await press(confirm, ADMIN, "CDELTA", "confirm-from-status");
    await harness.command("stato", { key: "status-user", user: "UUSER", channel: "CDELTA" });
    const after = blockText(await replyOn(harness, "status-user"));
    expect(after).toMatch(/da atto: Delibera C\.C\. di (Mesola|Codigoro|Goro) n\. \d+ del \d{2}\/\d{2}\/\d{4}/);
    // A member who is not an admin is not offered the review.
    expect(after).not.toContain("evidence_review");
  });

  it("refuses a non-admin, another Unione's channel, an unbound channel and a forged button (bad input)", async () => {
    expect(blockText(await list("member", "UUSER"))).toContain("riservato agli amministratori");
    expect(blockText(await list("other", ADMIN, "CACQUA", "evidenze terre del delta"))).toContain(
      "collegato a un'altra Unione",
    );
    expect(blockText(await list("unbound", ADMIN, "CPUBLIC", "evidenze terre del delta"))).toContain(
      "messaggio diretto",
    );
    const forged = {
      action_id: "evidence_confirm",
      value: JSON.stringify({ u: "terre-del-delta", p: "'; DROP TABLE" }),
    };
    expect(blockText(await press(forged, ADMIN, "CDELTA", "forged"))).toContain(
      "Non riesco a ritrovare questa proposta",
    );
    const member = {
      action_id: "evidence_confirm",
      value: JSON.stringify({ u: "terre-del-delta", p: "abcdef012345" }),
    };
    expect(blockText(await press(member, "UUSER", "CDELTA", "member-press"))).toContain(
      "riservato agli amministratori",
    );
    expect(evidence.records.history("terre-del-delta")).toEqual([]);
  });
  it("an admin decides in a direct message, naming the Unione; without a name gets an Italian hint (bad input)", async () => {
    expect(blockText(await list("dm-bare", ADMIN, "DADMIN", "evidenze"))).toContain(
      "Indica l'Unione di cui esaminare gli atti",
    );
    const reply = await list("dm", ADMIN, "DADMIN", "evidenze terre-d-acqua");
    expect(blockText(reply)).toContain("Proposte dagli atti: Unione Terre d'Acqua");
    // The trap of Anzola (a conferral to another Unione) is not proposed.
    expect(blockText(reply)).not.toContain("Anzola");
    const confirm = buttonsOf(reply).find((button) => button.action_id === "evidence_confirm")!;
    expect(blockText(await press(confirm, ADMIN, "DADMIN", "dm-confirm"))).toContain(
      "Confermato per Unione Terre d'Acqua",
    );
    const [entry] = evidence.records.history("terre-d-acqua");
    expect(entry?.act?.document).toMatch(/^unioni\/terre-d-acqua\//);
    // The record keeps the act too, not only the audit log.
    const record = evidence.records.get("terre-d-acqua")!;
    const kept = [
      ...record.functions.flatMap((item) => item.acts ?? []),
      ...record.deliverables.flatMap((item) => (item.act ? [item.act] : [])),
    ];
    expect(kept.map((act) => act.document)).toContain(entry?.act?.document);
  });

  it("re-checks every button on the server: stale, another Unione's, pressed twice, forged signature (bad input)", async () => {
    const delta = await list("delta");
    const acqua = await list("acqua", ADMIN, "CACQUA");
    const deltaConfirm = buttonsOf(delta).find((button) => button.action_id === "evidence_confirm")!;
    const acquaConfirm = buttonsOf(acqua).find((button) => button.action_id === "evidence_confirm")!;
    const acquaId = (JSON.parse(acquaConfirm.value) as { p: string }).p;

    // A well-formed id that no act proposes (a list older than the acts, or made up).
    const stale = {
      action_id: "evidence_confirm",
      value: JSON.stringify({ u: "terre-del-delta", p: "0123456789abcdef" }),
    };
    expect(blockText(await press(stale, ADMIN, "CDELTA", "stale"))).toContain(
      "non è più tra quelle di Unione Terre del Delta",
    );
    // Terre d'Acqua's proposal presented as Terre del Delta's, and Terre d'Acqua's button pressed in Delta's channel.
    const swapped = { action_id: "evidence_discard", value: JSON.stringify({ u: "terre-del-delta", p: acquaId }) };
    expect(blockText(await press(swapped, ADMIN, "CDELTA", "swapped"))).toContain(
      "non è più tra quelle di Unione Terre del Delta",
    );
    expect(blockText(await press(acquaConfirm, ADMIN, "CDELTA", "cross"))).toContain("collegato a un'altra Unione");
    // A press whose signature does not match is refused before anything runs.
    const forged = await harness.action(
      buttonPress({
        actionId: deltaConfirm.action_id,
        value: deltaConfirm.value,
        user: ADMIN,
        channel: "CDELTA",
        responseUrl: harness.api.responseUrl("unsigned"),
        ephemeral: true,
      }),
      { signature: "v0=00" },
    );
    expect(forged.status).toBe(401);
    expect(decisionsState()).toEqual(emptyState);

    await press(deltaConfirm, ADMIN, "CDELTA", "first");
    const recorded = decisionsState().delta;
    expect(recorded.length).toBeGreaterThan(0);
    expect(blockText(await press(deltaConfirm, ADMIN, "CDELTA", "second"))).toContain("è già nella scheda");
    const discardAfter = { ...deltaConfirm, action_id: "evidence_discard" };
    await press(discardAfter, ADMIN, "CDELTA", "discard-after");
    expect(decisionsState().delta).toEqual(recorded);
    expect(harness.api.responsesTo("unsigned")).toEqual([]);
  });
});
