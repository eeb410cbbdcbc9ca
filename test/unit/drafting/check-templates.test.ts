import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { checkTemplates } from "../../../src/drafting/check-templates.js";
import { loadTemplates } from "../../../src/drafting/template-registry.js";
import { knowledgeDir } from "./drafting-fixtures.js";

const folders: string[] = [];

/** A knowledge folder with the shipped law and one extra template. */
function knowledgeWith(templateName: string, text: string): string {
  const folder = mkdtempSync(join(tmpdir(), "unione-templates-"));
  folders.push(folder);
  cpSync(join(knowledgeDir, "law"), join(folder, "law"), { recursive: true });
  cpSync(join(knowledgeDir, "templates"), join(folder, "templates"), { recursive: true });
  // The sector laws an act may cite live with the rules.
  cpSync(join(knowledgeDir, "rules"), join(folder, "rules"), { recursive: true });
  writeFileSync(join(folder, "templates", templateName), text);
  return folder;
}

function template(section: { sources?: string[]; fields?: string[]; body: string }, needsFunction = false): string {
  return [
    "---",
    "id: prova",
    "name: Modello di prova",
    `needs_function: ${needsFunction}`,
    "sections:",
    "  - id: unica",
    "    title: Sezione unica",
    `    sources: ${JSON.stringify(section.sources ?? [])}`,
    `    fields: ${JSON.stringify(section.fields ?? [])}`,
    "---",
    "",
    "## unica",
    section.body,
    "",
  ].join("\n");
}

afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe("checkTemplates", () => {
  it("finds no problem in the shipped templates", () => {
    expect(checkTemplates(knowledgeDir)).toEqual([]);
  });

  it("ships the five templates, the convenzione with the 13 articles of the domain brief and its closing", () => {
    const { templates } = loadTemplates(knowledgeDir);
    expect(templates.map((item) => item.id).sort()).toEqual([
      "convenzione",
      "piano-comunicazione",
      "piano-formativo",
      "programmazione-personale",
      "regolamento",
    ]);
    const sections = templates.find((item) => item.id === "convenzione")!.sections;
    expect(sections.filter((section) => !section.unnumbered)).toHaveLength(13);
    expect(sections.at(-1)).toMatchObject({ id: "sottoscrizione", unnumbered: true });
  });

  it('flags a declared reference that does not exist in knowledge/law ("L.R. 21/2012 art. 99")', () => {
    const folder = knowledgeWith("prova.md", template({ sources: ["L.R. 21/2012 art. 99"], body: "Testo." }));
    const problems = checkTemplates(folder);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: "templates/prova.md",
      field: "sections.unica.sources",
      severity: "error",
    });
    expect(problems[0]!.message).toContain("L.R. 21/2012 art. 99");
  });

  it("flags an invented article written in the text, with its line", () => {
    const folder = knowledgeWith(
      "prova.md",
      template({ body: "Primo rigo.\nSecondo l'art. 99 della L.R. 21/2012 si provvede." }),
    );
    const problems = checkTemplates(folder);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain("L.R. 21/2012 art. 99");
    expect(problems[0]!.line).toBe(14);
  });

  it("flags a field used but not declared by its section", () => {
    const folder = knowledgeWith("prova.md", template({ body: "L'{{unione.nome}} approva." }));
    const problems = checkTemplates(folder);
    expect(problems.map((problem) => problem.message)).toEqual([
      "campo {{unione.nome}} usato ma non dichiarato nei fields della sezione",
    ]);
  });

  it("flags an unknown field, both declared and used", () => {
    const folder = knowledgeWith(
      "prova.md",
      template({ fields: ["unione.colore"], body: "Colore: {{unione.colore}}." }),
    );
    const messages = checkTemplates(folder).map((problem) => problem.message);
    expect(messages).toContain('campo dichiarato sconosciuto "unione.colore"');
    expect(messages).toContain("campo sconosciuto {{unione.colore}}");
  });

  it("flags function fields in a template that does not need a function", () => {
    const folder = knowledgeWith("prova.md", template({ fields: ["funzione.nome"], body: "{{funzione.nome}}" }));
    expect(checkTemplates(folder).map((problem) => problem.message)).toContain(
      'il campo "funzione.nome" richiede needs_function: true',
    );
  });

  it("flags a declared section without text and a text without declaration", () => {
    const text = template({ body: "Testo." }).replace("## unica", "## altra");
    const messages = checkTemplates(knowledgeWith("prova.md", text)).map((problem) => problem.message);
    expect(messages.some((message) => message.includes('la sezione "unica" non ha testo'))).toBe(true);
    expect(messages.some((message) => message.includes('"## altra" non corrisponde'))).toBe(true);
  });

  it("reports malformed front matter instead of throwing", () => {
    const problems = checkTemplates(knowledgeWith("rotto.md", "---\nid: [non chiuso\n---\n## a\n"));
    expect(problems[0]!.file).toBe("templates/rotto.md");
    expect(problems[0]!.message).toContain("front matter non leggibile");
  });
});
