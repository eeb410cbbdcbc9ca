/**
 * The one placeholder syntax of the act templates: `{{group.name}}` (e.g. `{{unione.nome}}`, `{{riparto.tabella}}`),
 * spaces inside the braces allowed, no conditionals or loops (see src/drafting/README.md).
 */

const placeholderPattern = /\{\{\s*([a-z]+(?:\.[a-z_]+)+)\s*\}\}/g;

export interface PlaceholderUse {
  field: string;
  /** 1-based line inside the text given. */
  line: number;
}

/** Every placeholder used in `text`, in order, with its line. */
export function findPlaceholders(text: string): PlaceholderUse[] {
  const uses: PlaceholderUse[] = [];
  text.split("\n").forEach((lineText, index) => {
    for (const match of lineText.matchAll(placeholderPattern)) uses.push({ field: match[1]!, line: index + 1 });
  });
  return uses;
}

/** Replaces each placeholder with its value; values are inserted verbatim and never re-scanned. */
export function fillPlaceholders(text: string, values: ReadonlyMap<string, string>): string {
  return text.replace(placeholderPattern, (whole, field: string) => values.get(field) ?? whole);
}

/** True when anything that looks like a placeholder (even malformed) is left. */
export function hasPlaceholderResidue(text: string): boolean {
  return text.includes("{{") || text.includes("}}");
}
