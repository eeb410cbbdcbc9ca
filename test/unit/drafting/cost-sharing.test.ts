import { describe, expect, it } from "vitest";
import {
  computeCostSharing,
  costSharingTable,
  describeCostShares,
  parseCostShares,
} from "../../../src/drafting/cost-sharing.js";

const comuni = [
  { name: "Alfa", population: 12000 },
  { name: "Beta", population: 5000 },
  { name: "Gamma", population: 3000 },
];

describe("cost sharing", () => {
  it("splits by population plus a fixed share and always adds up to 100%", () => {
    const rows = computeCostSharing(comuni, { population: 0.7, fixed: 0.3 });
    // Alfa: 0.7 * 12000/20000 + 0.3/3 = 0.52
    expect(rows[0]!.share).toBeCloseTo(0.52, 4);
    expect(rows.reduce((sum, row) => sum + row.share, 0)).toBeCloseTo(1, 10);
  });

  it("keeps the total at exactly 100% when thirds do not round evenly", () => {
    const rows = computeCostSharing(
      [
        { name: "A", population: 1 },
        { name: "B", population: 1 },
        { name: "C", population: 1 },
      ],
      { population: 0.5, fixed: 0.5 },
    );
    expect(Math.round(rows.reduce((sum, row) => sum + row.share, 0) * 10_000)).toBe(10_000);
  });

  it("prints an Italian table with thousands separators and comma decimals", () => {
    const table = costSharingTable(computeCostSharing(comuni, { population: 0.7, fixed: 0.3 }), "Popolazione (2023)");
    expect(table).toContain("| Alfa | 12.000 | 52,00% |");
    expect(table).toContain("| Totale | 20.000 | 100,00% |");
  });

  it("reads the split from instructions in either order", () => {
    expect(parseCostShares("riparto 50% popolazione, 50% quota fissa")).toEqual({ population: 0.5, fixed: 0.5 });
    expect(parseCostShares("quota fissa 40% e il resto per abitanti")).toEqual({ population: 0.6, fixed: 0.4 });
    expect(parseCostShares("popolazione 80%")).toEqual({ population: 0.8, fixed: 0.2 });
  });

  it("ignores instructions without a split or with shares that do not make 100%", () => {
    expect(parseCostShares("rendi il testo più formale")).toBeNull();
    expect(parseCostShares("70% popolazione e 50% quota fissa")).toBeNull();
    expect(parseCostShares(null)).toBeNull();
  });

  it("reads the split inside 39.000 characters of digits and spaces (the input that made the old regex quadratic)", () => {
    // Tried: a run of 20.000 digits, 18.000 spaces between the keyword and its percentage, decimals and a number
    // glued to a longer one. Only the result is asserted; the bounded patterns keep the scan linear.
    const digits = "1".repeat(20_000);
    expect(parseCostShares(digits)).toBeNull();
    expect(parseCostShares(`${digits} popolazione${" ".repeat(18_000)}70%`)).toEqual({ population: 0.7, fixed: 0.3 });
    expect(parseCostShares("66,5% popolazione e 33,5% quota fissa")).toEqual({ population: 0.665, fixed: 0.335 });
    expect(parseCostShares("popolazione 1070%")).toBeNull();
  });

  it("describes the criterion in words", () => {
    expect(describeCostShares({ population: 0.7, fixed: 0.3 })).toBe(
      "70% in proporzione alla popolazione residente e 30% in parti uguali tra i Comuni",
    );
  });
});

describe("cost-sharing table numbers", () => {
  it("groups thousands from four digits on, as acts do (8.300, not 8300)", () => {
    const table = costSharingTable(
      computeCostSharing(
        [
          { name: "Poggio", population: 8300 },
          { name: "Villa", population: 5220 },
        ],
        { population: 1, fixed: 0 },
      ),
      "Popolazione",
    );
    expect(table).toContain("| Poggio | 8.300 |");
    expect(table).toContain("| Totale | 13.520 |");
  });
});
