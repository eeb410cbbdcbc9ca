/**
 * When bin/unione.js may run the compiled dist/ instead of the sources. Bad input tried: a source edited, touched,
 * added or removed after the build, a missing or corrupt stamp.
 */
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { compiledIsCurrent, sourceSignature, stampFile } from "../../../scripts/source-signature.mjs";

let root: string;
let sources: string;
let compiled: string;
const stamp = () =>
  writeFileSync(join(compiled, stampFile), JSON.stringify({ source: sourceSignature(sources) }), "utf8");

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "unione-build-"));
  sources = join(root, "src");
  compiled = join(root, "dist");
  mkdirSync(join(sources, "cli"), { recursive: true });
  mkdirSync(compiled);
  writeFileSync(join(sources, "main.ts"), "export const a = 1;\n");
  writeFileSync(join(sources, "cli", "run.ts"), "export const b = 2;\n");
  const past = new Date("2026-01-01T10:00:00Z");
  for (const path of [join(sources, "main.ts"), join(sources, "cli", "run.ts"), join(sources, "cli"), sources])
    utimesSync(path, past, past);
  stamp();
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("compiledIsCurrent", () => {
  it("accepts a build of the sources as they are", () => {
    expect(compiledIsCurrent(sources, compiled)).toBe(true);
  });

  it("refuses it once a source is edited, even to the same size", () => {
    writeFileSync(join(sources, "main.ts"), "export const a = 9;\n");
    expect(compiledIsCurrent(sources, compiled)).toBe(false);
  });

  it("refuses it once a source is added or removed", () => {
    writeFileSync(join(sources, "cli", "new.ts"), "");
    expect(compiledIsCurrent(sources, compiled)).toBe(false);
    stamp();
    unlinkSync(join(sources, "cli", "run.ts"));
    expect(compiledIsCurrent(sources, compiled)).toBe(false);
  });

  it("refuses a build without a stamp or with an unreadable one", () => {
    writeFileSync(join(compiled, stampFile), "{ rotto");
    expect(compiledIsCurrent(sources, compiled)).toBe(false);
    unlinkSync(join(compiled, stampFile));
    expect(compiledIsCurrent(sources, compiled)).toBe(false);
  });

  it("runs a stamped build when the sources are not shipped (an image with dist/ only)", () => {
    rmSync(sources, { recursive: true });
    expect(compiledIsCurrent(sources, compiled)).toBe(true);
  });
});
