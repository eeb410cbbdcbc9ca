/**
 * The chunker on the layouts of real acts (one paragraph per line, as cleaned pages give them): numbering styles,
 * labels that name only their own unit, consecutive pieces of a long unit, sentences never cut, parts of an act.
 */
import { describe, expect, it } from "vitest";
import type { Chunk } from "../../../src/core/types.js";
import { chunkDocument } from "../../../src/ingestion/chunker.js";
import type { LoadedDocument, TextUnit } from "../../../src/ingestion/loaded-document.js";
import { loadText } from "../../../src/ingestion/text-loader.js";

const source = { path: "documenti/atto.pdf", title: "Atto", kind: "document" as const, unione: null };

function pdf(...units: Array<string | TextUnit>): LoadedDocument {
  return {
    title: null,
    format: "pdf",
    units: units.map((unit, index) => (typeof unit === "string" ? { text: unit, page: index + 1 } : unit)),
  };
}

function labelOf(chunks: Chunk[], text: string): string | null | undefined {
  return chunks.find((chunk) => chunk.text.includes(text))?.article;
}

const sentence = (topic: string, index: number) =>
  `La commissione esamina ${topic} numero ${index} ai sensi dell'art. 5 del regolamento e ne riferisce al Consiglio.`;

describe("chunker on real-act layouts", () => {
  it("keeps a regolamento's '2.1 … 2.2' items in their article, labelled as its commi", () => {
    const long = (item: string) => `${item} ${sentence("la candidatura", 1)} ${sentence("il curriculum", 2)}`;
    const chunks = chunkDocument(
      pdf(
        [
          "Art. 1 OGGETTO",
          long("1.1 Il presente avviso disciplina la nomina dei componenti."),
          "Art. 2 NOMINA E REQUISITI",
          long("2.1 Possono presentare domanda i professionisti iscritti all'albo."),
          long("2.2 I requisiti devono essere posseduti alla data di scadenza."),
          // A sub-item numbered like another article stays in this one, under no other article's label.
          long("3.1 Restano esclusi i dipendenti del Comune."),
          "Articolo 3 - Durata",
          long("1. La commissione dura in carica tre anni."),
        ].join("\n"),
      ),
      source,
    );
    expect(labelOf(chunks, "Possono presentare domanda")).toBe("art. 2 c.1");
    expect(labelOf(chunks, "I requisiti devono essere posseduti")).toBe("art. 2 c.2");
    expect(labelOf(chunks, "Restano esclusi i dipendenti")).toMatch(/^art\. 2\b/);
    expect(labelOf(chunks, "dura in carica tre anni")).toBe("art. 3 c.1");
    // Every passage of a comma repeats its article's heading.
    expect(chunks.find((chunk) => chunk.text.includes("I requisiti devono"))?.text).toMatch(
      /^Art\. 2 NOMINA E REQUISITI\n2\.2 /,
    );
  });

  it("reads 'ART. 5' with its title on the next line, 'Articolo 23 -', '(1)' commi, and keeps c.4-bis exact", () => {
    const chunks = chunkDocument(
      pdf(
        [
          "ART. 5",
          "DESTINATARI DELL'AVVISO E REQUISITI",
          `(1) ${sentence("le domande", 1)} ${sentence("i titoli", 2)} ${sentence("le esperienze", 3)}`,
          `(2) ${sentence("i ricorsi", 4)} ${sentence("le esclusioni", 5)} ${sentence("le rinunce", 6)}`,
          "Articolo 23 -",
          `1. ${sentence("il bilancio", 7)} ${sentence("il rendiconto", 8)} ${sentence("le variazioni", 9)}`,
          `3. ${sentence("gli incarichi", 10)} ${sentence("le nomine", 11)} ${sentence("le deleghe", 12)}`,
          `3-bis. ${sentence("i Comuni in fusione", 13)} ${sentence("le eccezioni", 14)} ${sentence("i termini", 15)}`,
        ].join("\n"),
      ),
      source,
    );
    expect(chunks.find((chunk) => chunk.text.includes("le domande"))?.text).toMatch(
      /^ART\. 5 DESTINATARI DELL'AVVISO E REQUISITI\n/,
    );
    expect(labelOf(chunks, "le domande")).toBe("art. 5 c.1");
    expect(labelOf(chunks, "i ricorsi")).toBe("art. 5 c.2");
    expect(labelOf(chunks, "il bilancio")).toBe("art. 23 c.1");
    // A comma missing from the numbering is tolerated; 3-bis follows 3 and keeps its suffix.
    expect(labelOf(chunks, "gli incarichi")).toBe("art. 23 c.3");
    expect(labelOf(chunks, "i Comuni in fusione")).toBe("art. 23 c.3-bis");
  });

  it("treats 'a)' letters and '1)' items inside comma 1 as parts of it, not as commi", () => {
    const chunks = chunkDocument(
      pdf(
        [
          "Articolo 2 - Competenze delle commissioni",
          "1. Sono istituite le seguenti commissioni consiliari permanenti:",
          "a) Prima Commissione, composta da cinque consiglieri;",
          "b) Seconda Commissione, composta da cinque consiglieri.",
          `1) La Prima Commissione si occupa di bilancio e tributi. ${sentence("il bilancio", 1)}`,
          `2) La Seconda Commissione si occupa di urbanistica e lavori pubblici. ${sentence("il piano", 2)}`,
          `2. ${sentence("le sedute", 3)} ${sentence("i verbali", 4)} ${sentence("le convocazioni", 5)}`,
        ].join("\n"),
      ),
      source,
    );
    expect(labelOf(chunks, "urbanistica e lavori pubblici")).toMatch(/^art\. 2( c\.1)?$/);
    expect(labelOf(chunks, "le sedute")).toBe("art. 2 c.2");
    expect(chunks.some((chunk) => chunk.article === "art. 2 c.3")).toBe(false);
  });

  it("never takes a citation inside running text for a heading", () => {
    const chunks = chunkDocument(
      pdf(
        [
          "Articolo 4 - Sedute",
          `1. ${sentence("la seduta", 1)}`,
          "art. 27 c.2 del TUEL, richiamato dal comma precedente, si applica anche alle sedute in videoconferenza.",
          "Art. 107 D.Lgs. 267/2000;",
          `2. ${sentence("il voto", 2)}`,
        ].join("\n"),
      ),
      source,
    );
    expect(chunks.every((chunk) => chunk.article?.startsWith("art. 4"))).toBe(true);
    expect(chunks.some((chunk) => chunk.article?.startsWith("art. 27") || chunk.article === "art. 107")).toBe(false);
  });

  it("cuts a long comma into consecutive passages with its label, each ending at a sentence end", () => {
    const body = Array.from(
      { length: 40 },
      (_value, index) => `Il Presidente, ai sensi dell'art. ${index + 1} c. 2, convoca n. ${index} sedute all'anno`,
    ).join("; ");
    const chunks = chunkDocument(
      pdf(`Articolo 9 - Convocazione\n1. ${body}.\n2. ${sentence("il verbale", 1)}`),
      source,
    );
    const pieces = chunks.filter((chunk) => chunk.article === "art. 9 c.1");
    expect(pieces.length).toBeGreaterThan(2);
    const positions = pieces.map((piece) => chunks.indexOf(piece));
    expect(positions).toEqual(positions.map((_position, index) => positions[0]! + index));
    for (const piece of pieces) {
      expect(piece.text.startsWith("Articolo 9 - Convocazione\n")).toBe(true);
      expect(piece.text.length).toBeLessThanOrEqual(1_250);
      // Never "…dell'art." or "n." at the end: the abbreviation-safe splitter cuts only after a sentence.
      expect(piece.text).toMatch(/[;.]$/);
    }
    expect(pieces.map((piece) => piece.text.replace("Articolo 9 - Convocazione\n", "")).join(" ")).toContain(body);
  });

  it("labels the commi of a Markdown law only by its headings (a wrapped 'c.2' line is prose)", () => {
    const document = loadText(
      Buffer.from(
        "## Art. 24 c.4-bis — Eccezione\nIl c.4-bis ammette un'eccezione al conferimento da parte di tutti i Comuni: il requisito del\nc.2 resta soddisfatto anche se non conferisce un Comune in fusione.\n\n1. primo punto di un elenco\n2. secondo punto\n",
      ),
      "markdown",
    );
    const chunks = chunkDocument(document, { ...source, path: "law/lr.md", kind: "law" });
    expect(chunks.map((chunk) => chunk.article)).toEqual(["art. 24 c.4-bis"]);
  });

  it("opens numbered headings of plans outside articles, without an article label", () => {
    const chunks = chunkDocument(
      pdf(
        [
          "2.1 Valore pubblico",
          `${sentence("il valore pubblico", 1)} ${sentence("gli obiettivi", 2)} ${sentence("gli indicatori", 3)}`,
          "2.2 Performance",
          `${sentence("la performance", 4)} ${sentence("i risultati", 5)} ${sentence("la valutazione", 6)}`,
          // Rows of a table of tariffs: numbered, but figures follow; they are no headings.
          "19 Carrozzeria, autofficina, elettrauto 2,38 5,959",
          "20 Attività industriali con capannoni di produzione 0,89 2,669",
          `${sentence("le tariffe", 7)} ${sentence("le utenze", 8)} ${sentence("le riduzioni", 9)}`,
        ].join("\n"),
      ),
      source,
    );
    expect(chunks.some((chunk) => /^(?:19|20) /.test(chunk.text))).toBe(false);
    expect(chunks.find((chunk) => chunk.text.includes("la performance"))?.text.startsWith("2.2 Performance")).toBe(
      true,
    );
    expect(chunks.every((chunk) => chunk.article === null)).toBe(true);
  });

  it("carries the part of an act and the OCR mark, and never mixes two parts in one passage", () => {
    const chunks = chunkDocument(
      pdf(
        { text: "DELIBERAZIONE DELLA GIUNTA COMUNALE N. 42 DEL 24/03/2026", page: 1 },
        { text: "OGGETTO: Approvazione del piano dei fabbisogni di personale.", page: 1, section: "oggetto" },
        { text: "Visto il D.Lgs. 165/2001;\nRitenuto di provvedere;", page: 1, section: "premesse" },
        {
          text: "DELIBERA\n1. di approvare il piano dei fabbisogni 2026/2028.",
          page: 2,
          section: "dispositivo",
          ocr: true,
        },
      ),
      source,
    );
    // The heading of the act leads into its OGGETTO; the premesse and the dispositivo stay apart.
    expect(chunks.find((chunk) => chunk.text.includes("OGGETTO"))).toMatchObject({ section: "oggetto" });
    expect(chunks.find((chunk) => chunk.text.includes("OGGETTO"))?.text).toContain("N. 42 DEL 24/03/2026");
    expect(chunks.find((chunk) => chunk.text.includes("Visto il D.Lgs."))).toMatchObject({ section: "premesse" });
    expect(chunks.find((chunk) => chunk.text.includes("di approvare"))).toMatchObject({
      section: "dispositivo",
      ocr: true,
      page: 2,
    });
    expect(chunks.filter((chunk) => chunk.text.includes("Visto") && chunk.text.includes("DELIBERA"))).toEqual([]);
  });

  it("leaves passages of documents that are not acts without section or OCR keys (the ask --json keys stay)", () => {
    const chunks = chunkDocument(pdf("Un documento qualsiasi con una frase."), source);
    expect(Object.keys(chunks[0]!).sort()).toEqual([
      "article",
      "id",
      "kind",
      "page",
      "path",
      "text",
      "title",
      "unione",
    ]);
  });
});
