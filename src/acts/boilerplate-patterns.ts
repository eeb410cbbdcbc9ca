/**
 * Lines that are boilerplate by their shape alone, even on a one-page document: page numbers, protocol stamps
 * ("segnatura"), "COPIA" banners, notices of digital signature. Each returns the kind of boilerplate or null.
 */

export type BoilerplateKind = "ripetuta" | "numero-pagina" | "segnatura" | "copia" | "firma-digitale" | "intestazione";

const pageNumber = /^(?:[-–—]\s*)?(?:pag(?:ina|\.)?\s*)?\d{1,3}(?:\s*(?:di|\/|of|su)\s*\d{1,3})?(?:\s*[-–—])?$/i;
// "COMUNE DI AVELLA - ACL8JP1 - REG_UFF_PROT - 0003119 - Ingresso - 17/03/2026 - 13:16": a protocol register
// stamp. Direction words or a register code with a date and time.
const protocolStamp =
  /(?:\b(?:ingresso|uscita|interno|entrata|partenza|arrivo)\b\s*[-–]\s*\d{1,2}\/\d{1,2}\/\d{4}|\bREG_?\w*PROT\w*\b|\bREGPROT\b|\bprot(?:ocollo)?\.?\s*(?:n\.?\s*)?0*\d+\s*(?:[/-]\s*\d{4})?\s*(?:del|-)\s*\d{1,2}\/\d{1,2}\/\d{4}\s*[-–]?\s*\d{1,2}:\d{2})/i;
const stampDate = /\d\/\d{1,2}\/\d{4}/;
const copyBanner =
  /^(?:copia(?:\s+conforme(?:\s+all['’]\s?originale)?)?|originale|copia\s+(?:informatica|digitale|cartacea)|duplicato)\.?$/i;
const digitalSignature =
  /^\(?\s*(?:documento(?:\s+informatico)?\s+(?:sottoscritto|firmato)\s+(?:digitalmente|con\s+firma\s+digitale)|firmato\s+digitalmente(?:\s+da|\s+ai\s+sensi)?|copia\s+analogica\s+di\s+(?:documento|originale)\s+(?:informatico|digitale)|firma\s+autografa\s+(?:omessa|sostituita)|il\s+presente\s+documento\s+(?:è|e')\s+(?:firmato|sottoscritto)\s+digitalmente)/i;

/** The kind of boilerplate a line is by its shape, or null. `atEdge`: the line is among a page's first/last. */
export function boilerplateKind(line: string, atEdge: boolean, page = 0): BoilerplateKind | null {
  // Every stamp carries a dd/mm/yyyy date: most lines are ruled out before the long pattern runs.
  if (stampDate.test(line) && protocolStamp.test(line)) return "segnatura";
  if (digitalSignature.test(line)) return "firma-digitale";
  if (!atEdge) return null;
  if (pageNumber.test(line) && nearPage(line, page)) return "numero-pagina";
  if (copyBanner.test(line)) return "copia";
  return null;
}

// A printed page number is the PDF page give or take a cover or two: "01" in a table cell at the bottom of page
// 15 is not one.
function nearPage(line: string, page: number): boolean {
  const printed = Number(/\d+/.exec(line)![0]);
  return page === 0 || Math.abs(printed - page) <= 3;
}

const signatureLike =
  /^(?:f\.?\s?to\b|firmato\b|(?:il|la)\s+(?:sindaco|segretari[oa]|responsabile|dirigente|president[ea]|direttore|vice\s?segretari[oa]|commissari[oa])\b|[\p{L} '’.()]{2,40},?\s+(?:lì|li|addì)?\s*,?\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{4}$)/iu;

/**
 * Signature blocks and place-and-date lines ("f.to dott. …", "IL RESPONSABILE DEL SERVIZIO", "Avella (AV),
 * 27/02/2026"). They repeat on several pages of a determination's tail, but they say who signed: they are only
 * stripped when nearly every page carries them (a footer), see repeated-lines.ts.
 */
export function isSignatureLike(line: string): boolean {
  return signatureLike.test(line);
}
