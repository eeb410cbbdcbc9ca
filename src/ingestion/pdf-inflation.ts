/**
 * Bounds what a PDF inflates to before pdf.js decodes any of it. A 600 KB file can hold one 200 MB Flate stream
 * (measured from outside: 135 s and 2.5 GB inside pdf.js). Every Flate stream pdf.js would decode to read text
 * (page contents, fonts, object streams; images are only rendered for OCR, in a separate process) is inflated here
 * by zlib against one byte budget per file, its output counted and thrown away.
 */
import { constants, createInflate, inflateSync } from "node:zlib";
import { formatNumber } from "../core/italian-format.js";
import { UnreadableFileError } from "./loaded-document.js";

/** Deflate cannot expand more than about 1032 to 1: below this size a stream is inflated in one synchronous call. */
const maxDeflateRatio = 1032;
const syncOutputCeiling = 8 * 1024 * 1024;
const dictionaryLookback = 64 * 1024;

interface StreamSpan {
  start: number;
  end: number;
  /** How many Flate filters are applied in a row, from the first. */
  flateLayers: number;
}

export async function checkPdfInflation(bytes: Buffer, maxInflatedBytes: number): Promise<void> {
  let total = 0;
  for (const span of flateStreams(bytes)) {
    total += await inflatedSize(bytes.subarray(span.start, span.end), span.flateLayers, maxInflatedBytes - total);
    if (total > maxInflatedBytes) throw inflationError(maxInflatedBytes);
  }
}

export function inflationError(maxInflatedBytes: number): UnreadableFileError {
  const megabytes = formatNumber(Math.round(maxInflatedBytes / (1024 * 1024)));
  return new UnreadableFileError(
    `il contenuto compresso si espande oltre il limite di ${megabytes} MB (file anomalo o "bomba di decompressione")`,
  );
}

function* flateStreams(bytes: Buffer): Generator<StreamSpan> {
  const text = bytes.toString("latin1");
  const keyword = />>\s*stream(?:\r\n|\n|\r)/g;
  for (let match = keyword.exec(text); match !== null; match = keyword.exec(text)) {
    const from = Math.max(0, match.index - dictionaryLookback);
    const objectStart = text.lastIndexOf(" obj", match.index);
    const dictionary = text.slice(Math.max(from, objectStart), match.index + 2);
    const start = match.index + match[0].length;
    const end = streamEnd(text, dictionary, start);
    keyword.lastIndex = end;
    const flateLayers = leadingFlateFilters(dictionary);
    if (flateLayers > 0 && !/\/Subtype\s*\/Image\b/.test(dictionary)) yield { start, end, flateLayers };
  }
}

/** The direct /Length when it fits the file, else the next `endstream` (indirect or wrong lengths are common). */
function streamEnd(text: string, dictionary: string, start: number): number {
  const direct = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(dictionary);
  const length = direct ? Number(direct[1]) : Number.NaN;
  if (Number.isSafeInteger(length) && start + length <= text.length) return start + length;
  const marker = text.indexOf("endstream", start);
  return marker === -1 ? text.length : marker;
}

function leadingFlateFilters(dictionary: string): number {
  const filter = /\/Filter\s*(\[[^\]]*\]|\/[A-Za-z0-9]+)/.exec(dictionary)?.[1];
  if (!filter) return 0;
  const names = [...filter.matchAll(/\/([A-Za-z0-9]+)/g)].map((match) => match[1]);
  let layers = 0;
  while (names[layers] === "FlateDecode" || names[layers] === "Fl") layers++;
  return layers;
}

/** Bytes the stream inflates to, stopping as soon as it passes `budget` (the result is then > budget). */
async function inflatedSize(data: Buffer, layers: number, budget: number): Promise<number> {
  let input = data;
  for (let layer = 1; layer < layers; layer++) {
    // An inner layer's output is the next layer's input: it must exist, so it is capped by the budget.
    try {
      input = inflateSync(input, { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: Math.max(1, budget) });
    } catch (error) {
      if (error instanceof RangeError) return budget + 1;
      return 0; // corrupt data: pdf.js will fail on it by itself, quickly
    }
  }
  if (input.length * maxDeflateRatio + 1024 <= Math.min(budget, syncOutputCeiling)) {
    try {
      return inflateSync(input, { finishFlush: constants.Z_SYNC_FLUSH }).length;
    } catch {
      return 0;
    }
  }
  return countInflated(input, budget);
}

function countInflated(input: Buffer, budget: number): Promise<number> {
  return new Promise((resolve) => {
    const inflate = createInflate({ finishFlush: constants.Z_SYNC_FLUSH });
    let total = 0;
    inflate.on("data", (chunk: Buffer) => {
      total += chunk.length;
      if (total > budget) inflate.destroy();
    });
    inflate.on("error", () => resolve(total));
    inflate.on("close", () => resolve(total));
    inflate.end(input);
  });
}
