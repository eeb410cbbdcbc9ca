/**
 * A sigla in capitals that is also a stopword ("SIA", "SUA", "P.O.") is a term of its own. Tried: the sigla amid
 * lower-case words, at the start of a question, alone, dotted; the same word in lower case ("che sia fatto"); runs of
 * capitals in an act's OGGETTO and dispositivo ("3. DI APPROVARE il materiale", "NOMINA P.O. DEL SERVIZIO").
 */
import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/index-format/italian-analyzer.js";

describe("siglas written in capitals", () => {
  it("keeps a sigla that is also a stopword, in the question and in the passage alike", () => {
    const question = analyze("nelle delibere vedo scritto SIA, sta per cosa?");
    const passage = analyze("l'informatica (il servizio informatico associato, SIA) è obbligatoria");
    const sigla = question.find((term) => !analyze("nelle delibere vedo scritto").includes(term));
    expect(sigla).toBeDefined();
    expect(passage).toContain(sigla);
    expect(analyze("SIA?")).toEqual([sigla]);
    expect(analyze("la SUA di Avellino")).toHaveLength(2);
  });

  it("reads 'P.O.' as 'PO'", () => {
    expect(analyze("l'incarico di P.O. per il Servizio")).toEqual(analyze("l'incarico di PO per il Servizio"));
    expect(analyze("l'incarico di P.O. per il Servizio")).not.toEqual(analyze("l'incarico di per il Servizio"));
  });

  it("leaves the lower-case word and runs of capitals to the stopwords", () => {
    expect(analyze("che sia fatto")).toEqual(analyze("fatto"));
    expect(analyze("comunale; 3. DI APPROVARE il materiale")).toEqual(analyze("comunale; 3. APPROVARE il materiale"));
    expect(analyze("OGGETTO: NOMINA P.O. DEL SERVIZIO")).toEqual(analyze("OGGETTO: NOMINA SERVIZIO"));
  });
});
