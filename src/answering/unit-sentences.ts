/**
 * A passage as the answer composer sees it: sentences in document order, each marked as a list item, a heading or
 * a lead-in (a sentence ending with ":" whose list follows). Splitting never cuts at the abbreviations of legal
 * Italian ("art.", "c.", "n.", "lett.", "D.Lgs.", "L.R.", "s.m.i.", "ecc.", "p.es."), and Markdown emphasis,
 * editor comments and template blanks never reach an official.
 */
import { splitSentences } from "../core/italian-sentences.js";

export interface UnitSentence {
  text: string;
  listItem: boolean;
  heading: boolean;
  leadIn: boolean;
  /** The last sentence of its paragraph or line: a line ending there is whole even without a full stop. */
  blockEnd?: boolean;
}

const listMarker =
  /^(?:[-•–—−*·▪◦●■□➢➤►✓✔⁃]\s*(?=\S)|Ø\s+|o\s+(?=[a-zà-ú])|\d{1,3}[.)]\s+|\d{1,2}\.\d{1,2}\.?\s+|[a-z][).]\s+|\(\d{1,3}\)\s+|\([a-z]\)\s+|[ivx]{1,4}\)\s+)/i;

/** The title line of an article or comma of the law guide ("Art. 19 — Un Comune in una sola Unione; …"). */
const unitHeading =
  /^(?:art(?:icolo|\.)?\s*\d+[\w-]*(?:\s*c\.\s*\d+[\w-]*)?|[A-Z][\w.]*\s+\d+\/\d{4})\s*[—–]\s+[^.]*$/i;
/** The bare headings of an act's parts: they announce what follows and say nothing themselves. */
const partHeading =
  /^(?:il sindaco|la giunta(?: comunale)?|il consiglio(?: comunale)?|il responsabile(?: del servizio| dell'area)?|il dirigente|d\s?e\s?l\s?i\s?b\s?e\s?r\s?a|delibera|determina|ordina|decreta|dispone|premesso(?: che)?|considerato(?: che)?|visto|vista|propone)\s*[:.,]?\s*$/i;

function clean(text: string): string {
  return (
    text
      .replace(/<!--[\s\S]*?-->/g, " ")
      .replace(/\*\*|__|`/g, "")
      .replace(/\r/g, "")
      // Bullets drawn with a Symbol or Wingdings font come out as private-use characters: shown as "•".
      .replace(/[\uf000-\uf0ff]/g, "•")
      .replace(/[ \t]+/g, " ")
  );
}

export function splitUnitSentences(text: string): UnitSentence[] {
  const lines = clean(text).split("\n");
  const blocks: { text: string; listItem: boolean; heading: boolean }[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    const previous = blocks.at(-1);
    if (!line) {
      if (previous?.text) blocks.push({ text: "", listItem: false, heading: false });
      continue;
    }
    const heading = /^#{1,6}\s/.test(line) || unitHeading.test(line) || partHeading.test(line);
    const listItem = listMarker.test(line);
    // A table that runs over two passages (the blank line that joins them in a unit) stays one table: "11 | Uffici,
    // agenzie, studi professionali | 2,55 | 8,759" keeps the column heading of its first passage.
    const before = blocks.at(-2);
    if (!heading && previous?.text === "" && before?.text && !before.heading && tableLine(line)) {
      if (tableLine(before.text.slice(before.text.lastIndexOf("\n") + 1))) {
        blocks.pop();
        before.text += `\n${line}`;
        continue;
      }
    }
    // A signature closes its block: "f.to CANONICO GIUSEPPE" is not read on into "PARERE DI REGOLARITÀ CONTABILE".
    const signed = previous !== undefined && /\bf\.to\s+\S+(?:\s+\S+){0,3}$/i.test(previous.text);
    if (heading || listItem || !previous || !previous.text || previous.heading || signed) {
      blocks.push({ text: line.replace(/^#{1,6}\s+/, ""), listItem, heading });
    } else {
      // Rows of a table stay rows: a quote of the table reads line by line, not as one run of cells.
      const rows = tableLine(line) && tableLine(previous.text.slice(previous.text.lastIndexOf("\n") + 1));
      previous.text += rows ? `\n${line}` : ` ${line}`;
    }
  }
  return blocks.flatMap((block): UnitSentence[] => {
    if (!block.text) return [];
    if (block.heading) return [{ text: block.text, listItem: false, heading: true, leadIn: false, blockEnd: true }];
    const sentences = splitSentences(block.text);
    return sentences.map((sentence, index) => ({
      text: sentence,
      listItem: block.listItem && index === 0,
      heading: false,
      leadIn: endsLeadIn(sentence),
      blockEnd: index === sentences.length - 1,
    }));
  });
}

/**
 * A sentence that introduces what follows: it ends with a colon, also when the PDF left a stray mark after it ("…
 * AMBITO A6:;", "seguenti:.").
 */
export function endsLeadIn(sentence: string): boolean {
  return /:\s*[;,.]?\s*$/.test(sentence);
}

export function isListItem(sentence: UnitSentence): boolean {
  return sentence.listItem;
}

/**
 * A sentence an answer may quote: prose, not a heading, a table row, a list fragment ("polizia locale;") or a
 * template line whose data is still blank ("durata di … anni", "[DA COMPLETARE: …]").
 */
export function isQuotable(sentence: UnitSentence): boolean {
  const text = sentence.text;
  if (sentence.heading) return false;
  const words = text.split(/\s+/).filter((word) => /[a-zà-ú]/i.test(word)).length;
  // A blank "…" standing alone; one glued to a word is the act's own ("«Animus et Ignis… Natura in Festa»").
  if (/(?<![\p{L}\p{N}])…(?!\s*$)|\[DA COMPLETARE|\{\{/u.test(text)) return false;
  if ((text.match(/\|/g)?.length ?? 0) >= 3) return false;
  // A short item with a figure states a fact ("Durata contratto: 3 mesi;", "una durata pari a 3 MESI;").
  const figure = /\d/.test(text) && words >= 3 && text.length >= 15 && /[.;]$/.test(text);
  if (sentence.listItem) return figure || (text.length >= 60 && words >= 8 && /[.!?;:…»")]$/.test(text));
  // A paragraph of an act often ends with no full stop ("… in luogo dell'importo corretto di € 50,00"): a long
  // one is still a sentence.
  // So is a whole line that states something and ends its paragraph ("I file dovranno … non eccedere i 10 MB", "Si
  // comunica che il Responsabile del Procedimento è l'Ing. …"), unless it is a title ("Direttiva … — Almeno 40 ore…").
  const wholeLine = sentence.blockEnd === true && text.length >= 60 && words >= 9 && !/\s[—–]\s/.test(text);
  const ended = /[.!?;:…»")]$/.test(text) || (text.length >= 80 && words >= 12) || wholeLine;
  return text.length >= 30 && words >= 6 && /[a-zà-ú]{3}/i.test(text) && ended;
}

/** A line of a table as PDF text gives it: words and at least two figures ("Istruttori 11 13 6"). */
export function tableRow(line: string): boolean {
  if (line.length > 240 || /[.;:]$/.test(line)) return false;
  const figures = line.match(/(?:^|\s)[€(]?\d[\d.,]*%?\)?(?=\s|$)/g)?.length ?? 0;
  return figures >= 2 && (/\p{L}{3}/u.test(line) || line.includes(" | "));
}

/** A line of a table: a row, or cells the PDF set apart ("N. componenti | Quota fissa | Quota variabile"). */
function tableLine(line: string): boolean {
  return tableRow(line) || line.includes(" | ");
}

/**
 * Signature, publication and attestation lines that close an act, and the notice of appeal every act carries
 * ("avverso il presente provvedimento è ammesso ricorso al TAR entro 60 giorni"): their dates, terms and names
 * answer nothing asked about the act.
 */
const closingFormula =
  /\bf\.to\b|\baffiss\w* all'albo|\bpubblicazion\w* all'albo|\battestazione di (?:avvenuta )?(?:pubblicazione|esecutivit\w*|regolarit\w*|copertura)|\bsi attesta\b|\bcopia conforme\b|\bricorso (?:giurisdizionale )?al t\.?a\.?r\.?\b|\bricorso straordinario al presidente della repubblica/i;

export function isClosingFormula(text: string): boolean {
  return closingFormula.test(text);
}

/** An act's heading: its OGGETTO line, or the number and date it opens with. */
export function isActHeading(text: string): boolean {
  return /\bOGGETTO\s*:/i.test(text) || /^\s*(?:N\.|N°|NUMERO)\s*\d+\s+DEL\s+\d/i.test(text);
}

/** True when a sentence is prose worth quoting (not a heading, a list fragment or a template blank). */
export function isProse(sentence: string): boolean {
  const [first] = splitUnitSentences(sentence);
  return first !== undefined && isQuotable(first);
}
