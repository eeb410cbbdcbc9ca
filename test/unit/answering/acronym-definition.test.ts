/**
 * What a sigla stands for is answered by the line that spells it out, or not at all. Tried: siglas typed in capitals,
 * in lower case and with dots; questions on the meaning of words (not a sigla); lines that spell a sigla out, that
 * only mention it, and word runs whose initials match by chance ("di un piano" for DUP).
 */
import { describe, expect, it } from "vitest";
import { askedSigla, definingSentence, spelledOut } from "../../../src/answering/acronym-definition.js";

describe("askedSigla", () => {
  it("reads the sigla whose meaning is asked", () => {
    expect(askedSigla("PIAO per esteso cosa vuol dire?")).toBe("piao");
    expect(askedSigla("che significa DUP?")).toBe("dup");
    expect(askedSigla("cosa vuol dire P.E.B.A.?")).toBe("peba");
    expect(askedSigla("ptfp sta per?")).toBe("ptfp");
  });

  it("reads the sigla in capitals next to the words that ask its meaning, among other words", () => {
    expect(askedSigla("nelle delibere dell unione vedo sempre scritto SIA, sta per cosa?")).toBe("sia");
    expect(askedSigla("nel PIAO c'è il POLA, che vuol dire?")).toBe("pola");
    expect(askedSigla("che vuol dire la sigla SUA nella det 195?")).toBe("sua");
    // Far from the asking words, the capitals are not what is asked.
    expect(askedSigla("che significa che la delibera è immediatamente eseguibile ai sensi del TUEL?")).toBeNull();
  });

  it("reads no sigla in other questions", () => {
    expect(askedSigla("che vuol dire conferimento integrale della funzione")).toBeNull();
    expect(askedSigla("cosa prevede il PIAO sulla formazione?")).toBeNull();
    expect(askedSigla("che significa SIOPE plus?")).toBeNull();
  });
});

describe("spelledOut and definingSentence", () => {
  it("finds the words whose initials make the sigla, skipping articles and prepositions", () => {
    expect(spelledOut("il Piano integrato di attività e organizzazione (PIAO) è adottato", "piao")).toBe(
      "Piano integrato di attività e organizzazione",
    );
    expect(spelledOut("presentano il Documento unico di programmazione;", "dup")).toBe(
      "Documento unico di programmazione",
    );
  });

  it("finds nothing in a line that only mentions the sigla, nor in initials matched by chance", () => {
    expect(spelledOut("Il Comune ha approvato il proprio P.E.B.A. con deliberazione di G.C.", "peba")).toBeNull();
    expect(spelledOut("è previsto di un piano per le assunzioni", "dup")).toBeNull();
  });

  it("returns the sentence of the first unit that spells it out, with the unit's index", () => {
    const units = [
      "Il PIAO va approvato ogni anno.",
      "Premessa. Il Piano integrato di attività e organizzazione (PIAO) è stato introdotto nel 2021.",
    ];
    expect(definingSentence(units, "piao")).toEqual({
      text: "Il Piano integrato di attività e organizzazione (PIAO) è stato introdotto nel 2021.",
      index: 1,
    });
    expect(definingSentence(["Il PIAO va approvato."], "piao")).toBeNull();
  });
});
