import { describe, expect, it } from "vitest";
import {
  button,
  context,
  escapeMrkdwn,
  fallback,
  fitBlocks,
  header,
  SLACK_LIMITS,
  section,
  splitText,
  truncate,
} from "../../../src/transport/slack/blocks/block-kit.js";

describe("block-kit primitives", () => {
  it("splitText keeps every piece within the limit and loses no words", () => {
    const text = Array.from({ length: 400 }, (_, index) => `Parola${index} del paragrafo.`).join(" ");
    const pieces = splitText(text, 500);
    expect(pieces.length).toBeGreaterThan(10);
    for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(500);
    expect(pieces.join(" ").split(/\s+/)).toEqual(text.split(/\s+/));
  });

  it("splitText prefers paragraph boundaries", () => {
    const first = "a".repeat(300);
    const second = "b".repeat(300);
    expect(splitText(`${first}\n\n${second}`, 400)).toEqual([first, second]);
  });

  it("splitText hard-cuts a single word longer than the limit instead of failing", () => {
    const pieces = splitText("x".repeat(7_000));
    expect(pieces.map((piece) => piece.length)).toEqual([3_000, 3_000, 1_000]);
  });

  it("splitText of empty or blank text gives no pieces", () => {
    expect(splitText("   ")).toEqual([]);
  });

  it("escapes &, < and > so documents cannot inject <!channel> or links", () => {
    expect(escapeMrkdwn("<!channel> a & b > c")).toBe("&lt;!channel&gt; a &amp; b &gt; c");
  });

  it("caps header, section, button text and value at Slack's limits", () => {
    const long = "z".repeat(5_000);
    expect(JSON.stringify(header(long)).length).toBeLessThan(400);
    expect((section(long) as { text: { text: string } }).text.text.length).toBe(SLACK_LIMITS.sectionText);
    const built = button({ text: long, actionId: "a", value: long });
    expect(built.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.buttonText);
    expect(built.value?.length).toBeLessThanOrEqual(SLACK_LIMITS.buttonValue);
  });

  it("context keeps at most 10 elements", () => {
    const block = context(...Array.from({ length: 15 }, (_, index) => `e${index}`)) as { elements: unknown[] };
    expect(block.elements).toHaveLength(10);
  });

  it("fitBlocks keeps head and tail and says how many body blocks were left out", () => {
    const body = Array.from({ length: 80 }, (_, index) => section(`corpo ${index}`));
    const fitted = fitBlocks([header("titolo")], body, [context("fonti"), context("bottoni")]);
    expect(fitted).toHaveLength(50);
    expect(JSON.stringify(fitted[0])).toContain("titolo");
    expect(JSON.stringify(fitted.at(-1))).toContain("bottoni");
    expect(JSON.stringify(fitted.at(-3))).toContain("34 blocchi omessi");
  });

  it("fitBlocks leaves a message within the limit untouched", () => {
    const body = [section("uno"), section("due")];
    expect(fitBlocks([], body, [])).toEqual(body);
  });

  it("fallback text is single-line, bounded, never empty", () => {
    expect(fallback("a\n\nb")).toBe("a b");
    expect(fallback("y".repeat(10_000)).length).toBe(SLACK_LIMITS.fallbackText);
    expect(fallback("  ")).not.toBe("");
    expect(truncate("abcdef", 4)).toBe("abc…");
  });
});
