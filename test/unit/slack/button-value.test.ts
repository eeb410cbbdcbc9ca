/**
 * A button's value comes back from Slack as any client chose to send it. Tried: nothing, an empty string, JSON
 * null, an array, a number, broken JSON, and a forged value of the wrong shape for each kind of button.
 */
import { describe, expect, it } from "vitest";
import { readButtonValue } from "../../../src/transport/slack/blocks/button-value.js";
import { decodeEvidenceTarget } from "../../../src/transport/slack/blocks/evidence-blocks.js";
import { decodeFeedbackValue } from "../../../src/transport/slack/blocks/reply-controls.js";
import { decodeEditTarget } from "../../../src/transport/slack/blocks/status-controls.js";

describe("button values", () => {
  it("reads only a JSON object, and anything else as null", () => {
    for (const raw of [undefined, "", "null", "[1]", "42", "{rotto"]) expect(readButtonValue(raw), raw).toBeNull();
    expect(readButtonValue('{"u":"terre-del-delta"}')).toEqual({ u: "terre-del-delta" });
  });

  it("gives each kind of button its target back, and null for a forged one", () => {
    expect(decodeEditTarget('{"u":"terre-del-delta","f":"PL"}')).toEqual({ unione: "terre-del-delta", funzione: "PL" });
    expect(decodeEditTarget('{"u":7}')).toBeNull();
    expect(decodeFeedbackValue('{"a":"ans-1"}')).toEqual({ answerId: "ans-1", replyId: null });
    expect(decodeFeedbackValue('{"a":""}')).toBeNull();
    expect(decodeEvidenceTarget('{"u":"terre-del-delta","p":"abc123"}')).toEqual({
      unione: "terre-del-delta",
      id: "abc123",
    });
    expect(decodeEvidenceTarget('{"u":"terre-del-delta","p":"../x"}')).toBeNull();
  });
});
