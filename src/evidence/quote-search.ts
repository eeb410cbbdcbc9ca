/**
 * Finds a quoted passage in an act's text the way a reader would: spacing and line breaks, typographic
 * apostrophes and quotes do not matter, every word and letter does. Returns the passage's offsets in the text.
 */

const minQuote = 15;

function normalizeChar(char: string): string {
  if (char === "’" || char === "‘") return "'";
  if (char === "“" || char === "”" || char === "«" || char === "»") return '"';
  return char;
}

/** The text with whitespace runs as one space, and for each kept character its offset in the original. */
function normalized(text: string): { text: string; offsets: number[] } {
  let out = "";
  const offsets: number[] = [];
  let space = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    if (/\s/.test(char)) {
      space = out.length > 0;
      continue;
    }
    if (space) {
      out += " ";
      offsets.push(index);
      space = false;
    }
    out += normalizeChar(char);
    offsets.push(index);
  }
  return { text: out, offsets };
}

export function findQuote(text: string, quote: string): { start: number; end: number } | null {
  const wanted = normalized(quote).text;
  if (wanted.length < minQuote) return null;
  const haystack = normalized(text);
  const at = haystack.text.indexOf(wanted);
  if (at < 0) return null;
  return { start: haystack.offsets[at]!, end: haystack.offsets[at + wanted.length - 1]! + 1 };
}
