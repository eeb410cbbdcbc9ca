import { describe, expect, it } from "vitest";
import { isUnioneError } from "../../../src/core/errors.js";
import { dashboardFor } from "../../../src/readiness/dashboard.js";
import { createStatusService } from "../../../src/readiness/status-service.js";
import { openMemoryDatabase } from "../../../src/records/database.js";
import { createRecordStore } from "../../../src/records/record-store.js";
import { fixtureCatalog, readyRecord, shippedRules, today } from "./readiness-fixtures.js";

const catalog = fixtureCatalog();
const rules = shippedRules();

function service() {
  const seed = [
    readyRecord({ id: "alpha", name: "Unione Alpha" }),
    readyRecord({ id: "beta", name: "Unione Beta", giunta: { composition: "altro" } }),
    readyRecord({ id: "gamma", name: "Unione Gamma", example: true }),
  ];
  const records = createRecordStore({ database: openMemoryDatabase(), seed, catalog });
  return createStatusService({ records, rules, catalog, clock: () => today });
}

describe("status service", () => {
  it("reports one Unione by id or loose name, with the injected clock", () => {
    const status = service();
    expect(status.status("beta").ready).toBe(false);
    expect(status.status("Unione Alpha").unione.id).toBe("alpha");
    expect(status.status("alpha").daysToDeadline).toBe(15);
    expect(status.status("alpha", new Date("2024-06-29")).daysToDeadline).toBe(1);
  });

  it("refuses an unknown name with NOT_FOUND and suggestions", () => {
    try {
      service().status("Unione Betta Romagna");
      expect.unreachable();
    } catch (error) {
      expect(isUnioneError(error) && error.code).toBe("NOT_FOUND");
      expect(isUnioneError(error) && error.userMessage).toContain("Forse intendevi");
    }
  });

  it("summary returns only what the scope may see", () => {
    const status = service();
    expect(status.summary({ kind: "all" }).map((report) => report.unione.id)).toEqual(["alpha", "beta", "gamma"]);
    expect(status.summary({ kind: "unione", unione: "beta" }).map((report) => report.unione.id)).toEqual(["beta"]);
    expect(status.summary({ kind: "public" })).toEqual([]);
  });

  it("the App Home dashboard puts the bound Unione first, with counted/required, ready, deadline and top 3 gaps", () => {
    const entries = dashboardFor(service(), { kind: "all" }, "gamma", today);
    expect(entries.map((entry) => entry.unione.id)).toEqual(["gamma", "alpha", "beta"]);
    expect(entries[0]).toMatchObject({
      bound: true,
      ready: true,
      counted: 4,
      required: 4,
      nextDeadline: "2024-06-30",
      daysToDeadline: 15,
    });
    expect(entries[0]?.unione.example).toBe(true);
    const beta = entries.find((entry) => entry.unione.id === "beta")!;
    expect(beta.ready).toBe(false);
    expect(beta.topGaps[0]?.source).toBe("L.R. 21/2012 art. 24 c.5");
    expect(beta.topGaps.length).toBeLessThanOrEqual(3);
  });

  it("the dashboard respects the scope and drops a passed deadline from nextDeadline", () => {
    const entries = dashboardFor(service(), { kind: "unione", unione: "alpha" }, "alpha", new Date("2024-07-05"));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ nextDeadline: null, deadline: "2024-06-30", daysToDeadline: -5 });
  });
});
