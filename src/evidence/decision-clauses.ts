/**
 * The decisions of an act, one per point of its dispositivo ("1. di conferire…", "- di approvare…"), plus the
 * words on the verb's own line ("DELIBERA di approvare…"). Only these decide: premesse, opinions and a proposal
 * never yield a fact — except a proposal the dispositivo adopts as its own ("DELIBERA di approvare integralmente la
 * proposta di deliberazione sopra riportata"), whose points then are the decisions. Each clause keeps its offsets
 * in the act's text and its leading verb.
 */
import { splitActStructure } from "../acts/index.js";
import type { ReadAct } from "./unione-acts.js";

export interface Clause {
  start: number;
  end: number;
  text: string;
  /** The infinitive the decision opens with ("conferire", "approvare"), lower case; null when there is none. */
  head: string | null;
}

const verbLine = /^\s*(?:D\s?E\s?L\s?I\s?B\s?E\s?R\s?A(?:\s?N\s?O)?|Delibera)\s*[:.]?\s*/;
const label = /^\s*(?:\d{1,2}\s*[.)°-]|[a-z]\)|[-–•*])\s*/;

/** The leading verb of a decision: "2. di conferire all'Unione…" -> "conferire". */
export function headVerb(text: string): string | null {
  const words = text
    .replace(label, "")
    .replace(/^di\s+/i, "")
    .trim();
  const first = /^[\p{L}]+/u.exec(words)?.[0]?.toLowerCase() ?? null;
  return first && /(?:are|ere|ire)$/.test(first) ? first : null;
}

function clause(text: string, start: number, end: number): Clause | null {
  const slice = text.slice(start, end);
  const lead = slice.length - slice.trimStart().length;
  const body = slice.trim();
  if (!body) return null;
  return { start: start + lead, end: start + lead + body.length, text: body, head: headVerb(body) };
}

const adoptsProposal =
  /\b(?:approvar[ea]|fare\s+propria|far\s+propria)\s+(?:integralmente\s+|in\s+ogni\s+sua\s+parte\s+)?(?:la\s+)?(?:suestesa\s+|sopra\s+(?:estesa|riportata|trascritta)\s+|suindicata\s+|succitata\s+|allegata\s+|presente\s+)?proposta(?:\s+di\s+deliberazione)?\b/i;
const proposes = /^[ \t]*(?:si\s+)?propone\b[^\n]*$/gim;

/** The points of the proposal the act adopts, read as if the proposal's "PROPONE" were "DELIBERA". */
function adoptedPoints(act: ReadAct): Clause[] {
  const dispositivo = act.structure.dispositivo!;
  const line = [...act.text.matchAll(proposes)].find(
    (match) => match.index < dispositivo.start || match.index >= dispositivo.end,
  );
  if (!line) return [];
  const from = line.index + line[0].length;
  const to = from < dispositivo.start ? dispositivo.start : act.text.length;
  const lead = "DELIBERA\n";
  const proposal = splitActStructure(lead + act.text.slice(from, to));
  const shift = from - lead.length;
  return (proposal.dispositivo?.points ?? []).flatMap((point) => {
    const found = clause(act.text, point.start + shift, point.end + shift);
    return found ? [found] : [];
  });
}

export function decisionClauses(act: ReadAct): Clause[] {
  const own = ownClauses(act);
  if (!own.some((item) => adoptsProposal.test(item.text))) return own;
  const adopted = adoptedPoints(act);
  return adopted.length === 0 ? own : [...own.filter((item) => !adoptsProposal.test(item.text)), ...adopted];
}

function ownClauses(act: ReadAct): Clause[] {
  const dispositivo = act.structure.dispositivo;
  if (!dispositivo) return [];
  const { text } = act;
  const firstLineEnd = text.indexOf("\n", dispositivo.start);
  const verbEnd = firstLineEnd < 0 || firstLineEnd > dispositivo.end ? dispositivo.end : firstLineEnd;
  const verbMatch = verbLine.exec(text.slice(dispositivo.start, verbEnd));
  const inline = verbMatch ? clause(text, dispositivo.start + verbMatch[0].length, verbEnd) : null;
  const points = dispositivo.points.map((point) => clause(text, point.start, point.end));
  if (points.length === 0) {
    const rest = clause(text, verbEnd, dispositivo.end);
    return [inline, rest].filter((item): item is Clause => item !== null);
  }
  return [inline, ...points].filter((item): item is Clause => item !== null);
}
