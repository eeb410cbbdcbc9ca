/**
 * Reads a YAML knowledge file keeping the positions of its nodes, so that problems found later
 * (schema, catalogue, dates) can name the line of the offending field.
 */
import { type Document, isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from "yaml";
import { readTextFile } from "./read-text-file.js";

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
  const value = syntaxErrors.length > 0 ? null : plainValue(document, syntaxErrors);
  return { value, syntaxErrors, lineOf: (path) => lineOfPath(document, lineCounter, path) };
}

/**
 * The document as plain JavaScript. The YAML library refuses to expand more than `maxAliasCount` aliases (a
 * "billion laughs" file would otherwise take all memory): that refusal becomes a syntax error of the file.
 */
function plainValue(document: Document, syntaxErrors: YamlFile["syntaxErrors"]): unknown {
  try {
    return document.toJS({ maxAliasCount: 100 }) as unknown;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const aliases = /alias/i.test(detail);
    syntaxErrors.push({
      line: null,
      message: aliases
        ? "troppi alias (&ancora/*alias) che si moltiplicano: il file non viene letto per non esaurire la memoria"
        : `contenuto non leggibile (${detail})`,
    });
    return null;
  }
}

export function readYamlFile(filePath: string): YamlFile {
  const file = readTextFile(filePath);
  if (file.error !== null)
    return { value: null, syntaxErrors: [{ line: null, message: file.error }], lineOf: () => null };
  return parseYamlText(file.text);
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
