import { describe, expect, it } from "vitest";
import { daysBetween, formatDate, formatNumber, formatPercent } from "../../../src/core/italian-format.js";

describe("Italian formatting", () => {
  it("formats dates as dd/mm/yyyy", () => {
    expect(formatDate("2024-06-30")).toBe("30/06/2024");
    expect(formatDate(new Date("2023-01-01T10:00:00Z"))).toBe("01/01/2023");
  });
  it("formats numbers with the Italian thousands separator", () => {
    expect(formatNumber(20865)).toBe("20.865");
    expect(formatNumber(8300)).toBe("8.300");
    expect(formatPercent(0.3456)).toBe("34,56%");
  });
  it("counts days to a deadline, negative when past", () => {
    expect(daysBetween("2024-06-01", "2024-06-30")).toBe(29);
    expect(daysBetween("2024-07-01", "2024-06-30")).toBe(-1);
  });
});
