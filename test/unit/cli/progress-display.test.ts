/** What `unione ingest` shows: a bar with count, share and time left on a terminal; one line per file elsewhere. */
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import type { CliIo } from "../../../src/cli/cli-context.js";
import { createProgressDisplay, progressBar } from "../../../src/cli/progress-display.js";
import type { IngestProgress } from "../../../src/ingestion/index-service.js";

function io(terminal: boolean) {
  const lines: string[] = [];
  const screen: string[] = [];
  const value: CliIo = {
    out: (text) => lines.push(text),
    err: (text) => lines.push(text),
    stdin: Readable.from([]),
    ...(terminal ? { terminal: { write: (text: string) => screen.push(text), columns: () => 100 } } : {}),
  };
  return { value, lines, screen };
}

const at = (done: number, bytesRead: number, warning = false): IngestProgress => ({
  done,
  total: 93,
  bytesRead,
  bytesToRead: 40_000,
  warning,
});

describe("ingest progress", () => {
  it("on a terminal redraws one bar with files, share and time left, and keeps only the warnings as lines", () => {
    let now = 0;
    const { value, lines, screen } = io(true);
    const display = createProgressDisplay(value, () => now);
    now = 10_000;
    display.show("[10/93] a.pdf: nuovo (3 passaggi, 2 pagine)", at(10, 10_000));
    now = 20_000;
    display.show("[11/93] ATTENZIONE: b.pdf saltato: PDF protetto da password.", at(11, 20_000, true));
    display.finish();
    expect(lines).toEqual([]);
    const output = screen.join("");
    expect(output).toContain("10/93 file · 25% · ancora ~0:30");
    expect(output).toContain("[11/93] ATTENZIONE: b.pdf saltato: PDF protetto da password.\n");
    expect(output).toContain("11/93 file · 50% · ancora ~0:20");
    expect(output).not.toContain("a.pdf");
    expect(output.endsWith("\r\x1b[2K")).toBe(true);
  });

  it("elsewhere prints every line as it comes, notices included", () => {
    const { value, lines, screen } = io(false);
    const display = createProgressDisplay(value, () => 0);
    display.show("Ricostruzione completa dell'indice…", null);
    display.show("[1/93] a.pdf: nuovo (3 passaggi, 2 pagine)", at(1, 100));
    display.finish();
    expect(lines).toEqual(["Ricostruzione completa dell'indice…", "[1/93] a.pdf: nuovo (3 passaggi, 2 pagine)"]);
    expect(screen).toEqual([]);
  });

  it("says the estimate is still coming before any byte is read, and 'fatto' at the end", () => {
    expect(progressBar(at(3, 0), 1_000)).toMatch(/3\/93 file · 0% · stima in corso$/);
    expect(progressBar({ ...at(93, 40_000) }, 60_000)).toMatch(/93\/93 file · 100% · fatto$/);
  });
});
