/**
 * The parts of an act on its pages: each page's lines are grouped into runs that lie in the same part — OGGETTO,
 * premesse or dispositivo (src/acts splitActStructure over the whole cleaned text) — and every run becomes a text
 * unit of its own, so no passage mixes what the act decides with what it only recalls. The heading, the proposal
 * that follows the decision and the closing part (opinions, certificates, signatures) carry no section.
 */
import { type ActSectionKind, sectionAt, splitActStructure } from "../acts/index.js";
import type { ActSectionName } from "../core/types.js";
import type { TextUnit } from "./loaded-document.js";

const named: ReadonlySet<ActSectionKind> = new Set(["oggetto", "premesse", "dispositivo"]);
const pageSeparator = "\n\n";

export function markSections(units: readonly TextUnit[]): TextUnit[] {
  const structure = splitActStructure(units.map((unit) => unit.text).join(pageSeparator));
  const result: TextUnit[] = [];
  let offset = 0;
  for (const unit of units) {
    const runs: { lines: string[]; section: ActSectionName | undefined }[] = [];
    for (const line of unit.text.split("\n")) {
      const kind = sectionAt(structure, offset);
      const section = kind && named.has(kind) ? (kind as ActSectionName) : undefined;
      const last = runs.at(-1);
      if (last && last.section === section) last.lines.push(line);
      else runs.push({ lines: [line], section });
      offset += line.length + 1;
    }
    result.push(...runs.map((run) => unitOf(unit, run.lines, run.section)));
    offset += pageSeparator.length - 1;
  }
  return result;
}

function unitOf(unit: TextUnit, lines: string[], section: ActSectionName | undefined): TextUnit {
  const { section: _previous, ...rest } = unit;
  return section ? { ...rest, text: lines.join("\n"), section } : { ...rest, text: lines.join("\n") };
}
