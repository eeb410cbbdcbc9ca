import { describe, expect, it } from "vitest";
import { sectionAt, splitActStructure } from "../../../src/acts/index.js";

const delibera = [
  "DELIBERAZIONE DEL CONSIGLIO COMUNALE N. 14 DEL 24/03/2026",
  "OGGETTO: CONFERIMENTO ALL'UNIONE DELLA FUNZIONE DI PROTEZIONE CIVILE.",
  "IL CONSIGLIO COMUNALE",
  "VISTO l'art. 7 della L.R. 21/2012;",
  "CONSIDERATO che il Comune di Mesola ha conferito la funzione con delibera n. 3 del 2025;",
  "RITENUTO di conferire la funzione per cinque anni;",
  "DELIBERA",
  "1. di conferire all'Unione la funzione di protezione civile dal 1° gennaio 2027;",
  "a) con il personale dell'ufficio tecnico;",
  "2. di trasmettere la presente deliberazione all'Unione.",
  "PARERE DI REGOLARITA' TECNICA",
  "Favorevole.",
  "IL PRESIDENTE f.to Maria Verdi",
].join("\n");

describe("splitActStructure", () => {
  const structure = splitActStructure(delibera);
  const at = (text: string): string | null => sectionAt(structure, delibera.indexOf(text));

  it("finds the OGGETTO, the premesse and the dispositivo with its numbered points", () => {
    expect(structure.oggetto?.text).toBe("CONFERIMENTO ALL'UNIONE DELLA FUNZIONE DI PROTEZIONE CIVILE.");
    expect(structure.dispositivo?.verb).toBe("DELIBERA");
    expect(structure.dispositivo?.points.map((point) => point.label)).toEqual(["1", "2"]);
    const first = structure.dispositivo!.points[0]!;
    expect(delibera.slice(first.start, first.end)).toBe(
      "1. di conferire all'Unione la funzione di protezione civile dal 1° gennaio 2027;\na) con il personale dell'ufficio tecnico;",
    );
  });

  it("tells that only the dispositivo decides: a premessa quoting another Comune is not a decision", () => {
    expect(at("DELIBERAZIONE DEL CONSIGLIO")).toBe("intestazione");
    expect(at("CONFERIMENTO ALL'UNIONE")).toBe("oggetto");
    expect(at("il Comune di Mesola ha conferito")).toBe("premesse");
    expect(at("di conferire all'Unione la funzione")).toBe("dispositivo");
    expect(at("Favorevole.")).toBe("chiusura");
  });

  it("covers the whole text with sections in order", () => {
    expect(structure.sections[0]!.start).toBe(0);
    expect(structure.sections.at(-1)!.end).toBe(delibera.length);
    for (const [index, section] of structure.sections.slice(1).entries()) {
      expect(section.start).toBe(structure.sections[index]!.end);
    }
  });

  it("accepts spaced and inline verbs, and keeps a proposal that follows the decision apart", () => {
    const spaced = splitActStructure(
      "Premesso che;\nD E T E R M I N A\n1) di liquidare;\nPROPOSTA DI DETERMINAZIONE\nVisto;\nPROPONE DI DETERMINARE\n1) di liquidare;",
    );
    expect(spaced.dispositivo?.verb).toBe("DETERMINA");
    expect(spaced.sections.map((section) => section.kind)).toEqual(["premesse", "dispositivo", "proposta"]);
    const inline = splitActStructure(
      "Visto lo statuto;\nDELIBERA di approvare lo schema di convenzione;\ndi trasmetterlo ai Comuni.",
    );
    expect(inline.dispositivo?.verb).toBe("DELIBERA");
    expect(inline.dispositivo?.points).toHaveLength(1);
  });

  it("finds no dispositivo where nothing is decided (bad input: a proposal only, or plain text)", () => {
    expect(
      splitActStructure("PROPOSTA DI DELIBERAZIONE\nVisto;\nPROPONE DI DELIBERARE\n1. di approvare;").dispositivo,
    ).toBeNull();
    const plain = splitActStructure("Un testo qualsiasi.");
    expect(plain.dispositivo).toBeNull();
    expect(plain.oggetto).toBeNull();
    expect(plain.sections).toEqual([{ kind: "intestazione", start: 0, end: 19 }]);
  });

  it("reads ordinances and decrees: ORDINA, DECRETA", () => {
    const ordinanza = splitActStructure(
      "ORDINANZA SINDACALE N. 13 DEL 02/04/2026\nIL SINDACO\nVISTO l'art. 54 del TUEL;\nORDINA\nla chiusura delle scuole.\nAvella, lì 02/04/2026\nIL SINDACO",
    );
    expect(ordinanza.dispositivo?.verb).toBe("ORDINA");
    expect(sectionAt(ordinanza, ordinanza.dispositivo!.start + 8)).toBe("dispositivo");
    expect(
      splitActStructure("VISTO;\nDECRETA\n1) di nominare il segretario;").dispositivo?.points.map(
        (point) => point.label,
      ),
    ).toEqual(["1"]);
  });
});
