/**
 * The issuing ente named by a letterhead: a line that is only "COMUNE DI AVELLA", "Unione dei Comuni della Bassa
 * Romagna", "CONSORZIO DEI SERVIZI SOCIALI", possibly followed by a quoted name and by "(Provincia di …)" and a
 * short motto. A sentence that mentions a Comune ("Il Comune di Avella è…") is not a letterhead.
 */

const enteLine =
  /^(?:comune|unione(?:\s+(?:dei|di|delle|della)\s+comuni)?|provincia|citt[àa]\s+metropolitana|regione|consorzio|comunit[àa]\s+montana|azienda|ambito(?:\s+territoriale)?|asp|ausl|asl|camera\s+di\s+commercio|agenzia|ente|istituto|circondario|municipio)\b(?:\s+(?:di|dei|del|della|delle|degli|dell['’]\s?|d['’]\s?))?\s*[\p{L}"“'’]/iu;
const provinceLine = /^\(?\s*(?:prov(?:incia|\.)?|citt[àa]\s+metropolitana|regione)\b[^()]{0,40}\)?$/iu;
const notALetterhead =
  /\b(?:prot|reg_|ingresso|uscita|è|sono|ha|hanno|con\s+sede|via|piazza|tel|fax|pec|e-?mail|cod(?:ice)?\s+fisc|p\.?\s*iva)\b|\d{3,}|:|\be\/o\b|\s(?:di|del|della|a|e|per|con|all['’]\S*)$/iu;
const quotedName = /^["“'’«][^"”»]{3,60}["”»'’]/u;
const lowerWords = new Set(["di", "dei", "del", "della", "delle", "degli", "dello", "e", "ed", "in", "da", "a", "al"]);

export interface EnteMatch {
  ente: string;
  /** Indexes of the letterhead lines (ente, quoted name, province, motto) in the lines searched. */
  lineIndexes: number[];
}

/** "COMUNE DI AVELLA" -> "Comune di Avella"; text already in mixed case is kept as written. */
export function displayName(name: string): string {
  const text = name.replace(/\s+/g, " ").trim();
  if (text !== text.toUpperCase()) return text;
  return text
    .toLowerCase()
    .split(" ")
    .map((word, index) => (index > 0 && lowerWords.has(word) ? word : capitalize(word)))
    .join(" ");
}

function capitalize(word: string): string {
  // "d'avella" -> "D'Avella", "(av)" -> "(AV)" stays readable.
  if (/^\(?[a-z]{2}\)?$/.test(word) && word.startsWith("(")) return word.toUpperCase();
  return word.replace(/(^|['’(-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/** The first letterhead ente among the lines, or null. */
export function findEnte(lines: readonly string[], limit = lines.length): EnteMatch | null {
  const end = Math.min(limit, lines.length);
  for (let index = 0; index < end; index += 1) {
    const line = lines[index]!.trim();
    if (line.length > 90 || line.split(" ").length > 10 || !enteLine.test(line) || notALetterhead.test(line)) continue;
    const lineIndexes = [index];
    let ente = displayName(line);
    let next = index + 1;
    const quoted = lines[next]?.trim() ?? "";
    if (quotedName.test(quoted)) {
      ente = `${ente} ${quotedName.exec(quoted)![0]}`;
      lineIndexes.push(next);
      next += 1;
    }
    while (next < lines.length && provinceLine.test(lines[next]!.trim())) {
      lineIndexes.push(next);
      next += 1;
    }
    if (lineIndexes.length > 1 && isMotto(lines[next])) {
      lineIndexes.push(next);
      next += 1;
    }
    for (
      let contact = 0;
      contact < maxContactLines && next < lines.length && isContactLine(lines[next]!);
      contact += 1
    ) {
      lineIndexes.push(next);
      next += 1;
    }
    return { ente, lineIndexes };
  }
  return null;
}

const maxContactLines = 3;
const addressStart = /^(?:via|viale|piazza|p\.?\s?zza|piazzale|corso|largo|vicolo|contrada|loc\.|località|sede)\s/iu;
const contactWords =
  /\b(?:tel|telefono|fax|pec|e-?mail|c\.\s?f\.|cod(?:ice)?\s+fiscale|p\.?\s?iva|partita\s+iva)\b|www\.|https?:\/\//iu;
const postalCode = /\b\d{5}\b.*(?:\([A-Z]{2}\)|\b[A-Z]{2}\b)/u;

/** The address, telephone and certified-mail lines printed under the ente's name. */
function isContactLine(line: string): boolean {
  const text = line.trim();
  return text.length <= 160 && (addressStart.test(text) || contactWords.test(text) || postalCode.test(text));
}

// "Città d'Arte" under "(Provincia di Avellino)": two or three words, no digits, no punctuation ending a clause.
function isMotto(line: string | undefined): boolean {
  if (!line) return false;
  const text = line.trim();
  return (
    text.length <= 30 &&
    /^\p{Lu}/u.test(text) &&
    text.split(" ").length <= 3 &&
    !/[\d:;.]/.test(text) &&
    !/^(?:regolamento|piano|delibera|deliberazione|determinazione|ordinanza|decreto|avviso|bando|verbale|allegato|statuto|convenzione|programma|relazione|sindaco)/i.test(
      text,
    )
  );
}
