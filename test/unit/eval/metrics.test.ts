import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadEvalQuestions } from "../../eval/eval-sets.js";
import { figuresOf, judge } from "../../eval/metrics.js";

function setsWith(files: Record<string, string>): string {
  const directory = mkdtempSync(join(tmpdir(), "unione-eval-sets-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(directory, name), text);
  return directory;
}

const law = `
- id: a
  question: durata minima dell'unione?
  expect: [{ path: law/lr.md, article: "art. 19" }]
  facts: [["10 anni", "dieci anni"]]
- id: b
  question: chi forma la giunta?
  expect: [{ path: law/lr.md, article: "art. 24 c.5" }]
  facts: [sindaci]
- id: c
  question: ricetta della carbonara
  offtopic: true
`;

describe("evaluation sets and figures", () => {
  it("reads split and set from the file name and matches sources by path and unit", () => {
    const [first, second] = loadEvalQuestions(setsWith({ "dev-law.yaml": law }));
    expect(first).toMatchObject({ id: "a", split: "dev", set: "law", offtopic: false });
    expect(first!.answers({ path: "law/lr.md", article: "art. 19", page: null })).toBe(true);
    expect(first!.answers({ path: "law/lr.md", article: "art. 190", page: null })).toBe(false);
    expect(second!.answers({ path: "law/lr.md", article: "art. 24 c.5", page: null })).toBe(true);
    expect(second!.answers({ path: "law/lr.md", article: "art. 24 c.4", page: null })).toBe(false);
  });

  it("refuses an answerable entry without facts and an off-topic one with facts", () => {
    expect(() => loadEvalQuestions(setsWith({ "dev-law.yaml": "- question: x\n  expect: [{ path: a }]\n" }))).toThrow(
      /facts/,
    );
    expect(() =>
      loadEvalQuestions(setsWith({ "dev-x.yaml": "- question: x\n  offtopic: true\n  facts: [a]\n" })),
    ).toThrow(/fuori tema/);
  });

  it("refuses a set file whose name npm run eval would not read ('holdout-s5acts.yaml'), instead of skipping it", () => {
    const question = "- question: x\n  offtopic: true\n";
    expect(() => loadEvalQuestions(setsWith({ "holdout-s5acts.yaml": question }))).toThrow(/holdout-s5acts\.yaml/);
    expect(loadEvalQuestions(setsWith({ "holdout-fifthacts.yaml": question }))).toHaveLength(1);
  });

  it("counts an answer right only when it states every fact, and off-topic only when not found", () => {
    const [duration, giunta, offtopic] = loadEvalQuestions(setsWith({ "holdout-law.yaml": law }));
    const outcomes = [
      judge(duration!, {
        answer: "Almeno dieci anni [1].",
        found: true,
        sources: [{ path: "law/lr.md", article: "art. 19", page: null }],
      }),
      judge(giunta!, {
        answer: "La Giunta è formata dagli assessori [1].",
        found: true,
        sources: [
          { path: "law/other.md", article: null, page: null },
          { path: "law/lr.md", article: "art. 24 c.5", page: null },
        ],
      }),
      judge(offtopic!, { answer: "Non ho trovato…", found: false, sources: [] }),
    ];
    const figures = Object.fromEntries(figuresOf(outcomes).map((figure) => [figure.metric, figure.value]));
    expect(figures).toEqual({
      answer_accuracy: 0.667,
      hit_at_1: 0.5,
      recall_at_5: 1,
      notfound_on_answerable: 0,
      notfound_on_offtopic: 1,
    });
  });
});
