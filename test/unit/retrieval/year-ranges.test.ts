import { describe, expect, it } from "vitest";
import { expandYearRanges } from "../../../src/retrieval/year-ranges.js";

describe("a plan's years written short", () => {
  it("are read whole, as acts write them", () => {
    expect(expandYearRanges("sul PIAO 26-28 il nucleo si è espresso?")).toBe(
      "sul PIAO 2026-2028 il nucleo si è espresso?",
    );
    expect(expandYearRanges("bilancio 26/28")).toBe("bilancio 2026/2028");
    expect(expandYearRanges("triennio 2026/28")).toBe("triennio 2026/2028");
    expect(expandYearRanges("il prt 21-23")).toBe("il prt 2021-2023");
  });

  it("leave references, act numbers, hours and ranges that are no plan's alone", () => {
    for (const text of [
      "artt. 26-28 del regolamento",
      "commi 27-29",
      "delibera 22/2026",
      "n. 24/25",
      "dalle 9-13",
      "piano 2026-2028",
      "tra il 28-26",
      "tra il 21-29",
    ])
      expect(expandYearRanges(text), text).toBe(text);
  });
});
