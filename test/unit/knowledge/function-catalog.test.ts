import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createFunctionCatalog, readFunctionCatalog } from "../../../src/knowledge/function-catalog.js";

const knowledgeDir = path.resolve("knowledge");

describe("function catalogue (knowledge/rules/functions.yaml)", () => {
  const catalog = createFunctionCatalog(knowledgeDir);

  it("lists the 7 functions of art. 7 c.3 as 'elenco' and ICT as 'ict'", () => {
    const listed = catalog
      .list()
      .filter((entry) => entry.art7 === "elenco")
      .map((entry) => entry.code)
      .sort();
    expect(listed).toEqual([
      "gestione-personale",
      "pianificazione-urbanistica",
      "polizia-locale",
      "protezione-civile",
      "servizi-sociali",
      "suap",
      "tributi",
    ]);
    expect(
      catalog
        .list()
        .filter((entry) => entry.art7 === "ict")
        .map((entry) => entry.code),
    ).toEqual(["ict"]);
    for (const code of ["cuc", "sismica", "servizi-finanziari", "catasto", "servizi-scolastici", "ufficio-di-piano"]) {
      expect(catalog.get(code)?.art7).toBeNull();
    }
  });

  it("resolves the words officials type to catalogue codes", () => {
    const cases: Record<string, string> = {
      vigili: "polizia-locale",
      "Polizia Municipale": "polizia-locale",
      informatica: "ict",
      SIA: "ict",
      ICT: "ict",
      ragioneria: "servizi-finanziari",
      "risorse umane": "gestione-personale",
      "centrale di committenza": "cuc",
      "protezione civle": "protezione-civile",
      urbanistica: "pianificazione-urbanistica",
      tributi: "tributi",
      "sportello unico attività produttive": "suap",
    };
    for (const [typed, code] of Object.entries(cases)) expect(catalog.resolve(typed)?.code, typed).toBe(code);
  });

  it("refuses ambiguous or unknown words instead of guessing", () => {
    expect(catalog.resolve("servizi")).toBeNull();
    expect(catalog.resolve("astronautica")).toBeNull();
    expect(catalog.resolve("")).toBeNull();
    expect(catalog.get("vigili")).toBeNull();
  });

  it("reports a malformed catalogue with file and line instead of loading it", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "catalogo-"));
    mkdirSync(path.join(dir, "rules"));
    writeFileSync(
      path.join(dir, "rules", "functions.yaml"),
      "functions:\n  - code: Polizia Locale\n    name: Polizia\n",
    );
    const { problems } = readFunctionCatalog(dir);
    expect(problems[0]).toMatchObject({
      file: expect.stringMatching(/rules\/functions\.yaml$/),
      line: 2,
      field: "functions[0].code",
    });
    expect(() => createFunctionCatalog(dir)).toThrow(/Catalogo delle funzioni non valido/);
  });

  it("reports a repeated code and a missing file", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "catalogo-"));
    expect(readFunctionCatalog(dir).problems[0]?.message).toMatch(/non esiste/);
    mkdirSync(path.join(dir, "rules"));
    writeFileSync(
      path.join(dir, "rules", "functions.yaml"),
      "functions:\n  - code: ict\n    name: A\n  - code: ict\n    name: B\n",
    );
    expect(readFunctionCatalog(dir).problems).toEqual([
      expect.objectContaining({ line: 4, message: expect.stringMatching(/ripetuto/) }),
    ]);
  });
});
