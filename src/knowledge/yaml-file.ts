/**
 * Reads a YAML knowledge file keeping the positions of its nodes, so that problems found later
 * (schema, catalogue, dates) can name the line of the offending field.
 */
import { readFileSync } from "node:fs";
import { type Document, isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from "yaml";

export interface YamlFile {
  /** Plain JavaScript value of the document (null when the file is empty or broken). */
  value: unknown;
  /** Syntax errors, with their 1-based line. */
  syntaxErrors: { line: number | null; message: string }[];
  /** 1-based line of the field at `path` ("functions", 1, "duration_years"), or of its nearest existing parent. */
  lineOf(path: ReadonlyArray<string | number>): number | null;
}

export function parseYamlText(text: string): YamlFile {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const syntaxErrors = document.errors.map((error) => ({
    line: error.pos ? lineCounter.linePos(error.pos[0]).line : null,
    message: error.message.split("\n")[0] ?? error.message,
  }));
  return {
    value: syntaxErrors.length > 0 ? null : (document.toJS() as unknown),
    syntaxErrors,
    lineOf: (path) => lineOfPath(document, lineCounter, path),
  };
}

export function readYamlFile(filePath: string): YamlFile {
  return parseYamlText(readFileSync(filePath, "utf8"));
}

function lineAt(
  lineCounter: LineCounter,
  node: { range?: [number, number, number] | null } | null | undefined,
): number | null {
  return node?.range ? lineCounter.linePos(node.range[0]).line : null;
}

function lineOfPath(document: Document, lineCounter: LineCounter, path: ReadonlyArray<string | number>): number | null {
  let node: unknown = document.contents;
  let line = lineAt(lineCounter, document.contents as Node | null);
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) return line;
      line = lineAt(lineCounter, pair.key as Node) ?? line;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === "number") {
      const item = node.items[segment] as Node | undefined;
      if (!item) return line;
      line = lineAt(lineCounter, item) ?? line;
      node = item;
    } else {
      return line;
    }
  }
  return line;
}
