/**
 * `--json` and "mostra tutto" reach the status from chat and the console: the words are never read as part of
 * the Unione's name (bad input tried: `stato terre d'acqua --json`, which once answered "Non conosco…").
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { createContainer } from "../../../src/app/container.js";
import { parseCommand } from "../../../src/commands/parse-command.js";
import { loadConfig } from "../../../src/config/config.js";
import { silentLogger } from "../../../src/core/logger.js";
import { runConsole } from "../../../src/transport/console/console-session.js";

describe("status views in chat", () => {
  it("separates --json and 'tutto' from the Unione's name, wherever they are typed", () => {
    expect(parseCommand("stato terre d'acqua --json")).toEqual({
      name: "status",
      unione: "terre d'acqua",
      view: { json: true },
    });
    expect(parseCommand("/unione stato delta mostra tutto")).toEqual({
      name: "status",
      unione: "delta",
      view: { full: true },
    });
    expect(parseCommand("stato --json tutto")).toEqual({
      name: "status",
      unione: null,
      view: { json: true, full: true },
    });
    expect(parseCommand("stato terre del delta")).toEqual({ name: "status", unione: "terre del delta" });
  });

  it("the console prints the status JSON for `/unione stato terre d'acqua --json` and every gap for 'tutto'", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "unione-status-view-"));
    const container = createContainer(
      loadConfig({ data: dataDir, knowledge: join(process.cwd(), "knowledge") }, {}),
      silentLogger(),
    );
    try {
      const input = new PassThrough();
      const printed: string[] = [];
      const done = runConsole({ router: container.router(), input, output: (text) => printed.push(text) });
      input.end("/unione stato terre d'acqua --json\n/unione stato terre d'acqua tutto\n");
      await done;
      const json = JSON.parse(printed[0]!) as { unione: { id: string }; gaps: unknown[]; work_plan: unknown[] };
      expect(json.unione.id).toBe("terre-d-acqua");
      expect(json.work_plan.length).toBeGreaterThan(0);
      expect(printed[2]).toContain(`Tutte le lacune (${json.gaps.length})`);
    } finally {
      container.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
