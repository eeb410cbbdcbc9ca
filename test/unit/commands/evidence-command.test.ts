import { describe, expect, it } from "vitest";
import { renderEvidenceText } from "../../../src/commands/evidence-text.js";
import { parseCommand } from "../../../src/commands/parse-command.js";
import { createCommandRouter } from "../../../src/commands/router.js";
import { scopeFor } from "../../../src/core/access.js";
import type { RequestContext } from "../../../src/core/types.js";
import type { EvidenceRun, EvidenceService } from "../../../src/evidence/evidence-service.js";
import type { Proposal } from "../../../src/evidence/proposal.js";
import { renderResultText } from "../../../src/transport/console/render-text.js";
import { fakeRouterDeps, recordingStatus } from "../../support/fake-router-deps.js";

const proposal: Proposal = {
  id: "abc123def456",
  target: { kind: "function", code: "protezione-civile" },
  field: "conferring_comuni",
  value: true,
  comune: "codigoro",
  act: {
    type: "delibera",
    number: "45",
    date: "2024-11-28",
    subject: "Conferimento",
    path: "unioni/terre-del-delta/cc-45.pdf",
    page: 2,
    organ: "consiglio",
    ente: "Comune di Codigoro",
  },
  quote: "2. di conferire all'Unione Terre del Delta la funzione di protezione civile;",
  confidence: 0.9,
  status: "nuova",
};

const run: EvidenceRun = {
  unione: { id: "terre-del-delta", name: "Unione Terre del Delta", example: false },
  proposals: [proposal],
  labels: {
    [proposal.id]: {
      fact: "Protezione civile: conferita dal Comune di Codigoro",
      act: "Delibera C.C. di Codigoro n. 45 del 28/11/2024, p. 2",
      recorded: null,
    },
  },
  actsRead: 3,
  skipped: [
    { path: "unioni/terre-del-delta/scansione.pdf", reason: "PDF senza testo (forse una scansione senza OCR)" },
  ],
  notice: null,
};

function recordingEvidence(calls: string[]): EvidenceService {
  return {
    async review(unione) {
      calls.push(`review:${unione}`);
      return run;
    },
    async applyNew(unione, user) {
      calls.push(`apply:${unione}:${user}`);
      return { run, applied: [], refused: [] };
    },
    async confirm(unione, id, user) {
      calls.push(`confirm:${unione}:${id}:${user}`);
      return {
        proposal,
        label: run.labels[proposal.id]!,
        entries: [
          {
            at: "x",
            user,
            unione,
            target: "protezione-civile",
            field: "conferring_comuni",
            oldValue: null,
            newValue: "codigoro",
          },
        ],
      };
    },
    async discard(unione, id, user) {
      calls.push(`discard:${unione}:${id}:${user}`);
      return { proposal, label: run.labels[proposal.id]! };
    },
  };
}

function context(overrides: Partial<RequestContext> = {}): RequestContext {
  const boundUnione = overrides.boundUnione ?? null;
  const isAdmin = overrides.isAdmin ?? true;
  return {
    requestId: "r1",
    transport: "slack",
    user: "UADMIN",
    channel: "C1",
    isAdmin,
    boundUnione,
    scope: scopeFor(boundUnione, isAdmin),
    ...overrides,
  };
}

describe("/unione evidenze", () => {
  it("parses the listing and the two decisions", () => {
    expect(parseCommand("/unione evidenze")).toEqual({ name: "evidence", unione: null });
    expect(parseCommand("/unione evidenze terre del delta")).toEqual({ name: "evidence", unione: "terre del delta" });
    expect(parseCommand("/unione evidenze conferma abc123def456")).toEqual({
      name: "evidence",
      unione: null,
      decision: { action: "conferma", id: "abc123def456" },
    });
    expect(parseCommand("evidenze scarta abc123def456 terre-del-delta")).toMatchObject({
      decision: { action: "scarta" },
      unione: "terre-del-delta",
    });
  });

  it("lists the proposals for an admin in the Unione's channel and in a direct message", async () => {
    const calls: string[] = [];
    const router = createCommandRouter(fakeRouterDeps(calls, { evidence: recordingEvidence(calls) }));
    const bound = await router.handle("/unione evidenze", context({ boundUnione: "terre-del-delta" }));
    expect(bound.type).toBe("evidence");
    const direct = await router.handle("/unione evidenze delta", context({ channel: "D1", directMessage: true }));
    expect(direct.type).toBe("evidence");
    expect(calls).toEqual(["review:terre-del-delta", "review:terre-del-delta"]);
  });

  it("refuses non-admins, another Unione's channel and an unbound channel (bad input), calling nothing", async () => {
    const calls: string[] = [];
    const router = createCommandRouter(fakeRouterDeps(calls, { evidence: recordingEvidence(calls) }));
    const member = await router.handle("/unione evidenze", context({ isAdmin: false, boundUnione: "terre-del-delta" }));
    expect(member.type === "message" && member.text).toMatch(/riservato agli amministratori/);
    const other = await router.handle("/unione evidenze terre del delta", context({ boundUnione: "terre-d-acqua" }));
    expect(other.type === "message" && other.text).toMatch(/collegato a un'altra Unione/);
    const unbound = await router.handle("/unione evidenze terre del delta", context({ channel: "C9" }));
    expect(unbound.type === "message" && unbound.text).toMatch(
      /solo nel canale collegato a questa Unione o in un messaggio diretto/,
    );
    const missing = await router.handle("/unione evidenze", context({ channel: "D1", directMessage: true }));
    expect(missing.type === "message" && missing.text).toMatch(/Indica l'Unione/);
    expect(calls).toEqual([]);
  });

  it("confirms and discards by id, saying which fact and which act", async () => {
    const calls: string[] = [];
    const router = createCommandRouter(fakeRouterDeps(calls, { evidence: recordingEvidence(calls) }));
    const confirmed = await router.handle(
      "evidenze conferma abc123def456",
      context({ boundUnione: "terre-del-delta" }),
    );
    expect(confirmed.type === "message" && confirmed.text).toBe(
      "Confermato per Unione Terre del Delta: Protezione civile: conferita dal Comune di Codigoro (da atto: Delibera C.C. di Codigoro n. 45 del 28/11/2024, p. 2). Registrato nello storico: conferring_comuni: non noto → codigoro.",
    );
    const discarded = await router.handle("evidenze scarta abc123def456", context({ boundUnione: "terre-del-delta" }));
    expect(discarded.type === "message" && discarded.text).toMatch(/Scartato .* Non verrà più proposto\.$/);
    expect(calls).toEqual([
      "confirm:terre-del-delta:abc123def456:UADMIN",
      "discard:terre-del-delta:abc123def456:UADMIN",
    ]);
  });

  it("renders the proposals as Italian text, with the act, the quote and the unread files", () => {
    const text = renderEvidenceText(run);
    expect(text).toContain(
      "Proposte dagli atti di Unione Terre del Delta: 3 atti letti, 1 proposta (1 nuova, 0 in conflitto, 0 già registrate)",
    );
    expect(text).toContain("[abc123def456] Protezione civile: conferita dal Comune di Codigoro");
    expect(text).toContain("da atto: Delibera C.C. di Codigoro n. 45 del 28/11/2024, p. 2");
    expect(text).toContain("«2. di conferire all'Unione Terre del Delta");
    expect(text).toContain("File non letti: unioni/terre-del-delta/scansione.pdf (PDF senza testo");
  });

  it.each(["cli", "console"] as const)(
    "the %s text status offers the evidence step when the acts propose new facts, and --json keeps its keys",
    async (transport) => {
      // Input: `stato terre-del-delta` from an admin outside Slack, with one new proposal from the acts.
      const calls: string[] = [];
      const router = createCommandRouter(
        fakeRouterDeps(calls, { evidence: recordingEvidence(calls), status: recordingStatus(calls) }),
      );
      const admin = context({ transport, channel: null });
      const text = renderResultText(await router.handle("stato terre-del-delta", admin));
      expect(text).toContain(
        "C'è 1 proposta dagli atti da verificare: `unione evidence terre-del-delta` (nella console `evidenze terre-del-delta`, in Slack `/unione evidenze terre-del-delta`).",
      );
      expect(calls).toEqual(["review:terre-del-delta", "status:terre-del-delta"]);
      // The JSON view reads no acts and adds nothing to the contract.
      const json = JSON.parse(renderResultText(await router.handle("stato terre-del-delta --json", admin)));
      expect(JSON.stringify(json)).not.toContain("evidence");
      expect(calls).toEqual(["review:terre-del-delta", "status:terre-del-delta", "status:terre-del-delta"]);
      // A non-admin is not offered the step, and no act is read for them.
      const member = renderResultText(
        await router.handle("stato terre-del-delta", context({ transport, isAdmin: false })),
      );
      expect(member).not.toContain("proposta dagli atti");
    },
  );
});
