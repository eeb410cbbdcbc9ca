/**
 * The Unione's own acts: a programme document approved by its Giunta or Consiglio (piano di comunicazione, piano
 * formativo, programmazione del personale or the PIAO, the acts of governance), and a change of its statute —
 * the Giunta made of the mayors or of one delegated assessore per Comune (art. 24 c.5), the Unione's duration —
 * voted by its Consiglio or by a member Comune's council.
 */
import { approvedDeliverables, isStatuteChange } from "./clause-kinds.js";
import { durationIn } from "./conferral-terms.js";
import type { Clause } from "./decision-clauses.js";
import { type Finding, quoteRange } from "./finding.js";
import type { Fact } from "./proposal.js";
import type { ReadAct } from "./unione-acts.js";

export function deliverableFindings(act: ReadAct, clauses: Clause[], certainty: number): Finding[] {
  return clauses.flatMap((clause) =>
    approvedDeliverables(clause).flatMap(({ id, at }) => {
      const quote = quoteRange(act.text, clause.start, clause.end, clause.start + at);
      const confidence = 0.85 * certainty;
      const facts: Fact[] = [{ kind: "deliverable", code: id, field: "state", value: "approvato" }];
      if (act.info.date) facts.push({ kind: "deliverable", code: id, field: "date", value: act.info.date });
      return facts.map((fact) => ({ fact, comune: null, quote, confidence, reader: "regole" as const }));
    }),
  );
}

const mayors =
  /\bgiunta\b[^.;]{0,60}?\b(?:compost|format|costituit)[a-z]*\s+(?:esclusivamente\s+)?(?:da(?:i|l|gli)?\s+)?(?:tutti\s+i\s+)?sindaci\b/i;
const delegates =
  /\bgiunta\b[^.;]{0,80}?\bassessor[ei]\s+(?:comunal[ei]\s+)?(?:delegat[oi]\s+)?(?:per|da|di)\s+(?:ciascun|ogni)\s+comune/i;
const unioneDuration =
  /\bdurata\s+dell['’]\s?unione\b|\bl['’]\s?unione\s+(?:ha|è\s+costituita\s+per)\s+(?:una\s+)?durata\b/i;

export function statuteFindings(
  act: ReadAct,
  clauses: Clause[],
  unioneId: string,
  comune: string | null,
  certainty: number,
): Finding[] {
  return clauses.filter(isStatuteChange).flatMap((clause) => {
    const found: Array<{ fact: Fact; at: number }> = [];
    const giunta = [
      { match: mayors.exec(clause.text), value: "sindaci" as const },
      { match: delegates.exec(clause.text), value: "assessori_delegati" as const },
    ]
      .filter((item) => item.match)
      .sort((a, b) => a.match!.index - b.match!.index)[0];
    if (giunta)
      found.push({
        fact: { kind: "unione", code: unioneId, field: "giunta", value: giunta.value },
        at: giunta.match!.index,
      });
    const durationAt = unioneDuration.exec(clause.text);
    const duration = durationAt ? durationIn(clause.text.slice(durationAt.index, durationAt.index + 160)) : null;
    if (durationAt && duration && duration.value !== "open")
      found.push({
        fact: { kind: "unione", code: unioneId, field: "duration_years", value: duration.value },
        at: durationAt.index,
      });
    return found.map(({ fact, at }) => ({
      fact,
      comune,
      quote: quoteRange(act.text, clause.start, clause.end, clause.start + at),
      confidence: 0.8 * certainty,
      reader: "regole" as const,
    }));
  });
}
