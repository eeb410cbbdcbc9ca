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
    expect(shareRefusal(delta, "CDELTA", boundTo({ CDELTA: "terre-del-delta" }))).toBeNull();
    expect(shareRefusal(delta, "CDELTA", boundTo({ CDELTA: "terre-d-acqua" }))).toBe(shareRebindText);
    expect(shareRefusal(delta, "CDELTA", boundTo({}))).toBe(shareRebindText);
  });

  it("never shares the admin view in a channel, but allows it in a DM", () => {
    expect(shareRefusal({ kind: "all" }, "CGENERALE", boundTo({}))).toBe(shareRefusedText);
    expect(shareRefusal({ kind: "all" }, "D0123", boundTo({}))).toBeNull();
  });

  it("shares public answers (law and templates) anywhere", () => {
    expect(shareRefusal({ kind: "public" }, "CGENERALE", boundTo({ CGENERALE: "terre-d-acqua" }))).toBeNull();
  });
});
