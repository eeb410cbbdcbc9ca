import { describe, expect, it } from "vitest";
import { scopeAllows } from "../../../src/core/access.js";
import { articleOfLine, unitOfHeading } from "../../../src/core/legal-reference.js";
import { chunkDocument } from "../../../src/ingestion/chunker.js";
import { loadText } from "../../../src/ingestion/text-loader.js";
import { classifySource } from "../../../src/knowledge/source-kind.js";

const source = { path: "law/x.md", title: "L.R. 21/2012", kind: "law" as const, unione: null };

describe("legal structure", () => {
  it("reads citable units from Markdown headings", () => {
    expect(unitOfHeading("## Art. 24 c.4 — Gestione integrale")).toBe("art. 24 c.4");
    expect(unitOfHeading("## Art. 30 — Convenzioni")).toBe("art. 30");
    expect(unitOfHeading("## Art. 24 c.4-bis — Eccezioni")).toBe("art. 24 c.4-bis");
    expect(unitOfHeading("## DGR 941/2024 — PRT 2024-2026")).toBe("DGR 941/2024");
    expect(unitOfHeading("## Sentenza Corte cost. 33/2019 — Risparmi")).toBe("Sentenza Corte cost. 33/2019");
    expect(unitOfHeading("## Che cosa cambia")).toBeNull();
  });

  it("recognises article lines of PDFs but not index entries or references inside sentences", () => {
    expect(articleOfLine("Articolo 7 - Organizzazione dei lavori")).toBe("art. 7");
    expect(articleOfLine("ART. 12")).toBe("art. 12");
    expect(articleOfLine("Art. 5 bis – Sedute")).toBe("art. 5-bis");
    expect(articleOfLine("Articolo 7 - Organizzazione dei lavori ........................ 5")).toBeNull();
    expect(
      articleOfLine(
        "Art. 5 del regolamento prevede che il presidente convochi il consiglio entro dieci giorni dalla richiesta",
      ),
    ).toBeNull();
  });

  it("takes kind and Unione from the folder", () => {
    expect(classifySource("law/lr.md")).toEqual({ kind: "law", unione: null });
    expect(classifySource("templates/convenzione.md")).toEqual({ kind: "template", unione: null });
    expect(classifySource("unioni/terre-del-delta/scheda.md")).toEqual({ kind: "record", unione: "terre-del-delta" });
    // A file directly in unioni/ belongs to no Unione: never shared material (null), visible to no bound channel.
    const loose = classifySource("unioni/leggimi.md");
    expect(loose.unione).not.toBeNull();
    expect(scopeAllows({ kind: "unione", unione: "terre-del-delta" }, loose.unione)).toBe(false);
    expect(scopeAllows({ kind: "public" }, loose.unione)).toBe(false);
    expect(classifySource("documenti/a.pdf")).toEqual({ kind: "document", unione: null });
  });
});

describe("chunkDocument", () => {
  it("splits Markdown law by article headings and takes the title from front matter", () => {
    const document = loadText(
      Buffer.from(
        "---\ntitle: Legge lunga\nshort: L.R. 21/2012\n---\n# Titolo\n\n## Art. 19 — Unioni\nUn Comune, una sola Unione.\n\n### Durata\nAlmeno dieci anni.\n\n## Art. 24 c.4 — Integrale\nNiente resta ai Comuni.\n",
      ),
      "markdown",
    );
    expect(document.title).toBe("L.R. 21/2012");
    const chunks = chunkDocument(document, source);
    const byArticle = (article: string) =>
      chunks
        .filter((chunk) => chunk.article === article)
        .map((chunk) => chunk.text)
        .join("\n");
    expect(byArticle("art. 19")).toContain("Almeno dieci anni.");
    expect(byArticle("art. 24 c.4")).toContain("Niente resta ai Comuni.");
    expect(chunks.map((chunk) => chunk.id)).toEqual(chunks.map((_chunk, index) => `law/x.md#${index + 1}`));
  });

  it("keeps PDF pages apart and carries an article over a page break", () => {
    const longBody = "Il Presidente convoca il Consiglio e ne dirige i lavori con imparzialità. ".repeat(5);
    const chunks = chunkDocument(
      {
        title: null,
        format: "pdf",
        units: [
          { text: `Articolo 3 - Sede\n${longBody}`, page: 1 },
          {
            text: "continua la disciplina della sede consiliare.\nArticolo 4 - Pubblicità\nLe sedute sono pubbliche.",
            page: 2,
          },
        ],
      },
      { ...source, path: "documenti/r.pdf", kind: "document" },
    );
    // The continuation repeats its article's heading, so it still says where it comes from.
    const continuation = chunks.find((chunk) => chunk.text.includes("continua la disciplina"));
    expect(continuation).toMatchObject({ page: 2, article: "art. 3" });
    expect(continuation?.text.startsWith("Articolo 3 - Sede\ncontinua")).toBe(true);
    expect(chunks.find((chunk) => chunk.text.includes("sono pubbliche"))).toMatchObject({ page: 2, article: "art. 4" });
    expect(chunks.every((chunk) => chunk.page === 1 || chunk.page === 2)).toBe(true);
  });

  it("cuts a long section at sentence ends, repeating the heading in every piece", () => {
    const body = Array.from(
      { length: 40 },
      (_value, index) => `Frase numero ${index} sul conferimento delle funzioni all'Unione.`,
    ).join(" ");
    const chunks = chunkDocument(loadText(Buffer.from(`## Art. 21 — Convenzione\n${body}\n`), "markdown"), source);
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) {
      expect(chunk.text.startsWith("Art. 21 — Convenzione")).toBe(true);
      expect(chunk.text.length).toBeLessThanOrEqual(1_200);
      expect(chunk.article).toBe("art. 21");
    }
  });

  it("treats reStructuredText titles as section headings", () => {
    const intro = "Introduzione alla gestione associata dell'informatica tra Comuni. ".repeat(5);
    const document = loadText(
      Buffer.from(
        `Strumento 2\n===========\n\n${intro}\n\n2.1. Le Unioni\n~~~~~~~~~~~~~~\n\nLe Unioni gestiscono l'ICT.\n`,
      ),
      "text",
    );
    expect(document.title).toBe("Strumento 2");
    expect(chunkDocument(document, source).some((chunk) => chunk.text.startsWith("2.1. Le Unioni"))).toBe(true);
  });
});
