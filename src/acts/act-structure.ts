/**
 * splitActStructure(text): the parts of an act with their offsets in `text` — intestazione, OGGETTO, premesse
 * (VISTO, CONSIDERATO, RITENUTO…), dispositivo (from the decisive verb to the signatures or opinions, with its
 * points), the proposal when it follows the decision, and the closing part (opinions, certificates, signatures).
 * Only the dispositivo decides: `sectionAt(structure, offset)` tells which part a passage belongs to.
 * Works on any text; the cleaned document text (one paragraph per line) gives the best offsets.
 */
import { afterSubjectLabel, isSubjectStop } from "./act-subject.js";
import { decisiveVerb, isPremessaStart, pointLabel, tailKind } from "./structure-markers.js";

export type ActSectionKind = "intestazione" | "oggetto" | "premesse" | "dispositivo" | "proposta" | "chiusura";

export interface ActSection {
  kind: ActSectionKind;
  start: number;
  end: number;
}

export interface DispositivoPoint {
  /** "1" for "1. Di approvare…"; "" for an unnumbered "- di approvare…". */
  label: string;
  start: number;
  end: number;
}

export interface ActStructure {
  /** In text order, covering the whole text without gaps. */
  sections: ActSection[];
  oggetto: { start: number; end: number; text: string } | null;
  dispositivo: { verb: string; start: number; end: number; points: DispositivoPoint[] } | null;
}

interface Line {
  text: string;
  start: number;
  end: number;
}

const maxSubjectLines = 4;

export function splitActStructure(text: string): ActStructure {
  const lines = splitLines(text);
  const verbIndex = lines.findIndex((line) => decisiveVerb(line.text) !== null);
  const tailIndex =
    verbIndex < 0 ? -1 : lines.findIndex((line, index) => index > verbIndex && tailKind(line.text) !== null);
  // pdf.js may emit page 1's OGGETTO after a short dispositivo printed above it: look before the verb first.
  const oggetto =
    findOggetto(lines, 0, verbIndex < 0 ? lines.length : verbIndex) ??
    (verbIndex < 0 ? null : findOggetto(lines, verbIndex + 1, tailIndex < 0 ? lines.length : tailIndex));
  const bodyEnd = tailIndex >= 0 ? lines[tailIndex]!.start : text.length;
  const dispositivo =
    verbIndex < 0
      ? null
      : {
          verb: decisiveVerb(lines[verbIndex]!.text)!,
          start: lines[verbIndex]!.start,
          end: bodyEnd,
          points: findPoints(lines, verbIndex, bodyEnd),
        };
  const sections = buildSections(text, lines, oggetto, dispositivo, tailIndex);
  const subject =
    oggetto &&
    text
      .slice(oggetto.textStart, oggetto.end)
      .replace(/^(?:\s*oggetto\s*[:.\-–]\s*)+/i, "")
      .trim();
  return { sections, oggetto: oggetto && { start: oggetto.start, end: oggetto.end, text: subject! }, dispositivo };
}

/** The kind of section holding `offset`, or null outside the text. */
export function sectionAt(structure: ActStructure, offset: number): ActSectionKind | null {
  return structure.sections.find((section) => offset >= section.start && offset < section.end)?.kind ?? null;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const part of text.split("\n")) {
    lines.push({ text: part, start, end: start + part.length });
    start += part.length + 1;
  }
  return lines;
}

function findOggetto(
  lines: readonly Line[],
  from: number,
  before: number,
): { start: number; textStart: number; end: number } | null {
  for (let index = from; index < before; index += 1) {
    const offset = afterSubjectLabel(lines[index]!.text);
    if (offset < 0) continue;
    let last = index;
    while (
      last + 1 < before &&
      last - index < maxSubjectLines - 1 &&
      lines[last + 1]!.text.trim() &&
      !isSubjectStop(lines[last + 1]!.text) &&
      !isPremessaStart(lines[last + 1]!.text)
    )
      last += 1;
    return { start: lines[index]!.start, textStart: lines[index]!.start + offset, end: lines[last]!.end };
  }
  return null;
}

function findPoints(lines: readonly Line[], verbIndex: number, end: number): DispositivoPoint[] {
  const inside = lines.filter((line, index) => index > verbIndex && line.start < end);
  const numberedOnly = inside.some((line) => /^\s*\d{1,2}\s*[.)°]/.test(line.text));
  const starts = inside.flatMap((line) => {
    const label = pointLabel(line.text, numberedOnly);
    return label === null ? [] : [{ label, start: line.start }];
  });
  return starts.map((point, index) => ({ ...point, end: trimEnd(lines, starts[index + 1]?.start ?? end) }));
}

function trimEnd(lines: readonly Line[], end: number): number {
  const last = [...lines].reverse().find((line) => line.start < end && line.text.trim());
  return last ? Math.min(end, last.end) : end;
}

function buildSections(
  text: string,
  lines: readonly Line[],
  oggetto: { start: number; end: number } | null,
  dispositivo: { start: number; end: number } | null,
  tailIndex: number,
): ActSection[] {
  const bodyEnd = dispositivo?.start ?? text.length;
  const firstPremessa = lines.find((line) => line.start < bodyEnd && isPremessaStart(line.text))?.start ?? bodyEnd;
  const introEnd = Math.min(firstPremessa, oggetto && oggetto.start < bodyEnd ? oggetto.start : bodyEnd, bodyEnd);
  const cuts: Array<[number, ActSectionKind]> = [
    [0, "intestazione"],
    [introEnd, "premesse"],
  ];
  if (dispositivo) cuts.push([dispositivo.start, "dispositivo"]);
  for (let index = Math.max(tailIndex, 0); tailIndex >= 0 && index < lines.length; index += 1) {
    const kind = tailKind(lines[index]!.text);
    if (kind) cuts.push([lines[index]!.start, kind]);
  }
  cuts.sort((a, b) => a[0] - b[0]);
  const sections = merge(
    cuts.map(([start, kind], index) => ({ kind, start, end: cuts[index + 1]?.[0] ?? text.length })),
  );
  return oggetto ? merge(overlay(sections, { kind: "oggetto", ...oggetto })) : sections;
}

/** Splits the section that holds `inner` around it. */
function overlay(sections: readonly ActSection[], inner: ActSection): ActSection[] {
  return sections.flatMap((section) => {
    if (inner.end <= section.start || inner.start >= section.end) return [section];
    return [
      { kind: section.kind, start: section.start, end: inner.start },
      { kind: inner.kind, start: Math.max(inner.start, section.start), end: Math.min(inner.end, section.end) },
      { kind: section.kind, start: inner.end, end: section.end },
    ];
  });
}

function merge(sections: readonly ActSection[]): ActSection[] {
  const merged: ActSection[] = [];
  for (const section of sections) {
    if (section.end <= section.start) continue;
    const previous = merged.at(-1);
    if (previous?.kind === section.kind) previous.end = section.end;
    else merged.push({ ...section });
  }
  return merged;
}
