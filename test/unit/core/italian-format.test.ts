import { describe, expect, it } from "vitest";
import {
  daysBetween,
  formatCount,
  formatDate,
  formatDateTime,
  formatNumber,
  formatPercent,
} from "../../../src/core/italian-format.js";

describe("Italian formatting", () => {
  it("formats dates as dd/mm/yyyy", () => {
    expect(formatDate("2024-06-30")).toBe("30/06/2024");
    expect(formatDate(new Date("2023-01-01T10:00:00Z"))).toBe("01/01/2023");
  });
  it("reads instants in Italian time: 23:30 UTC on 31/12 is already the new year in Rome", () => {
    expect(formatDate(new Date("2023-12-31T23:30:00Z"))).toBe("01/01/2024");
    expect(formatDateTime("2023-12-31T23:30:00Z")).toBe("01/01/2024 00:30");
    expect(formatDateTime(new Date("2024-06-30T09:01:00Z"))).toBe("30/06/2024 11:01");
    expect(formatDateTime("non una data")).toBe("non una data");
  });
  it("makes the noun agree with the count", () => {
    expect(formatCount(1, "pagina", "pagine")).toBe("1 pagina");
    expect(formatCount(0, "pagina", "pagine")).toBe("0 pagine");
    expect(formatCount(8300, "pagina", "pagine")).toBe("8.300 pagine");
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
