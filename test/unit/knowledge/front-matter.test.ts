import { describe, expect, it } from "vitest";
import { readFrontMatter } from "../../../src/knowledge/front-matter.js";

describe("readFrontMatter: the one reader for law files, templates, schede and indexed Markdown", () => {
  it("reads the fields, the body and the line of each key in the file", () => {
    const read = readFrontMatter("\uFEFF---\nshort: L.R. 21/2012\ntitle: Legge\n---\n## Art. 1\ntesto\n");
    expect(read).toMatchObject({ present: true, error: null, data: { short: "L.R. 21/2012", title: "Legge" } });
    expect(read.body.split("\n")[0]).toBe("## Art. 1");
    expect(read.bodyStartLine).toBe(5);
    expect(read.lineOf("title")).toBe(3);
    expect(read.lineOf("absent")).toBe(2);
  });

  it("reports broken YAML, a list instead of fields and a missing closing line, never throwing", () => {
    expect(readFrontMatter("---\ntitle: [aperta\n---\ntesto").error?.line).toBeGreaterThanOrEqual(2);
    expect(readFrontMatter("---\n- uno\n- due\n---\n").error?.message).toMatch(/chiave: valore/);
    const unclosed = readFrontMatter("---\ntitle: x\ntesto senza chiusura");
    expect(unclosed).toMatchObject({ present: false, error: { line: 1 } });
    expect(unclosed.body).toContain("testo senza chiusura");
  });

  it("treats a file without a block as all body", () => {
    expect(readFrontMatter("# Titolo\n\ntesto")).toMatchObject({
      present: false,
      error: null,
      data: {},
      bodyStartLine: 1,
    });
  });
});
