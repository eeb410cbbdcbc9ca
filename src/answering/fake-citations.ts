/**
 * A document's own "[3]" ("non oltre [3] giorni") would read as a citation of source [3]: quoted text keeps its
 * number in round brackets; only the trailing citations the composer adds stay square.
 */
export function withoutFakeCitations(part: string): string {
  const cited = /(\s\[\d+\])+$/.exec(part)?.[0] ?? "";
  const quoted = part.slice(0, part.length - cited.length);
  return `${quoted.replace(/\[(\d+)\]/g, "($1)")}${cited}`;
}
