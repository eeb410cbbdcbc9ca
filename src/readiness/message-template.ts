/**
 * The {{name}} placeholders of the Italian messages in knowledge/rules/readiness.yaml. The allowed names are
 * checked when the rules are loaded, so rendering can never meet an unknown placeholder at run time.
 */

const placeholder = /\{\{\s*([a-zA-Z][a-zA-Z0-9_]*)\s*\}\}/g;

/** The placeholder names a template uses, in order of appearance. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(placeholder)].map((match) => match[1]!);
}

/** Fills a validated template; a missing value is rendered empty rather than leaking "{{name}}" to users. */
export function renderMessage(template: string, variables: Record<string, string>): string {
  return template.replace(placeholder, (_match, key: string) => variables[key] ?? "");
}
