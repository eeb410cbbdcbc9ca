import { describe, expect, it } from "vitest";
import {
  shareRebindText,
  shareRefusal,
  shareRefusedText,
} from "../../../src/transport/slack/listeners/actions/share-reply.js";

const boundTo = (bindings: Record<string, string>) => (channel: string) => bindings[channel] ?? null;

describe("sharing a cached reply in a channel", () => {
  it("shares a reply about an Unione only where the channel is still bound to that Unione", () => {
    const delta = { kind: "unione" as const, unione: "terre-del-delta" };
    expect(shareRefusal(delta, "CDELTA", boundTo({ CDELTA: "terre-del-delta" }), false)).toBeNull();
    expect(shareRefusal(delta, "CDELTA", boundTo({ CDELTA: "terre-d-acqua" }), false)).toBe(shareRebindText);
    expect(shareRefusal(delta, "CDELTA", boundTo({}), false)).toBe(shareRebindText);
  });

  it("never shares the admin view in a channel or a DM between people, only in the admin's own DM with the bot", () => {
    expect(shareRefusal({ kind: "all" }, "CGENERALE", boundTo({}), false)).toBe(shareRefusedText);
    expect(shareRefusal({ kind: "all" }, "D0HUMANS", boundTo({}), false)).toBe(shareRefusedText);
    expect(shareRefusal({ kind: "all" }, "D0123", boundTo({}), true)).toBeNull();
  });

  it("shares public answers (law and templates) anywhere", () => {
    expect(shareRefusal({ kind: "public" }, "CGENERALE", boundTo({ CGENERALE: "terre-d-acqua" }), false)).toBeNull();
    expect(shareRefusal({ kind: "public" }, "D0HUMANS", boundTo({}), false)).toBeNull();
  });
});
