/**
 * Prompts live in prompts/NAME.md and use {{variable}} placeholders. Rendering is strict both ways:
 * a placeholder without a value, or a value the prompt does not use, is an error, so a prompt and its
 * caller cannot drift apart silently. Values are inserted verbatim and never re-scanned for placeholders.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { UnioneError } from "../core/errors.js";

const placeholder = /\{\{\s*([a-zA-Z][a-zA-Z0-9_]*)\s*\}\}/g;

export function renderPrompt(template: string, variables: Record<string, string>, name = "prompt"): string {
  const used = new Set<string>();
  const rendered = template.replace(placeholder, (_match, key: string) => {
    const value = variables[key];
    if (value === undefined) {
      throw new UnioneError("INTERNAL", "Errore interno nella preparazione della richiesta al modello.", {
        detail: `prompt ${name}: manca la variabile "${key}"`,
      });
    }
    used.add(key);
    return value;
  });
  const unused = Object.keys(variables).filter((key) => !used.has(key));
  if (unused.length > 0) {
    throw new UnioneError("INTERNAL", "Errore interno nella preparazione della richiesta al modello.", {
      detail: `prompt ${name}: variabili non usate ${unused.join(", ")}`,
    });
  }
  return rendered;
}

/** Reads prompts/NAME.md once per call site; `promptsDir` defaults to ./prompts of the project. */
export function loadPrompt(name: string, promptsDir: string): string {
  return readFileSync(join(promptsDir, `${name}.md`), "utf8");
}
