/** The weights of the offline answer composer, chosen on the dev sets of test/eval and never on held-out ones. */
export interface ComposeTuning {
  /** Passages looked at for the answer: beyond these the ranking is too weak to lead. */
  candidates: number;
  /** Bonus of a sentence that carries the kind of fact asked (a number for "quanti"…). */
  kindWeight: number;
  /** Characters of the lead unit quoted at most (its best sentence and list always are). */
  leadChars: number;
  /** Another passage's sentence is added when it scores at least this share of the lead's best. */
  supportShare: number;
  maxSupport: number;
  /**
   * ...and states at least this share of the question's terms, and this many of them. Dev sets: 0 → 0.3 and 1 → 2
   * change no right answer and drop noise (acts 838 → 772 characters an answer on average); 0.4 loses right answers.
   */
  supportCoverage: number;
  supportTerms: number;
  /** Weight, in sentence scoring, of a question term that is also in the passage's title. */
  contextShare: number;
  /** How the answering passage is chosen: its best sentence, its whole coverage, its retrieval rank. */
  bestWeight: number;
  unitWeight: number;
  rankWeight: number;
  rankDecay: number;
  referenceBonus: number;
  /** Other sentences of the lead unit are quoted when they score this share of the best and add terms. */
  companionShare: number;
  maxLeadSentences: number;
  /** A best sentence shorter than this is read with the one after it. */
  shortSentence: number;
  /** A unit whose quotable text is at most this long is quoted whole: a short comma is read entire. */
  wholeUnitChars: number;
  /**
   * In such a unit, a sentence before the best one is quoted only when it scores this share of the best. Dev sets:
   * 0 → 0.35 keeps as many right answers (law +1, acts −1) and shortens law answers by 6%.
   */
  preambleShare: number;
  /**
   * Share of its score kept by an act's heading sentence ("N. 30 DEL 17/03/2026 OGGETTO: …"): it repeats the
   * subject the question names, but the fact asked is in the text of the act.
   */
  headingShare: number;
  /** At most this many sentences added for kinds of datum the question asks and the answer does not yet carry. */
  maxMissingParts: number;
  /** Such a sentence must state at least this share of the question terms the lead's best sentence states. */
  missingPartShare: number;
  /** The same share for a sentence of the lead's own document. */
  sameDocumentPartShare: number;
  /** A sentence of another passage counts this share of one of the lead's own unit. */
  otherUnitShare: number;
  /** Added to a completing sentence of the act's dispositivo: what the act decides beats a figure of its premesse. */
  decidesBonus: number;
  /**
   * Added to a completing sentence that gives the task to someone ("DI DEMANDARE al Servizio Turismo …") when the
   * question asks who: it answers "chi se ne deve occupare?" without repeating the question's words. Dev acts: 0 →
   * 0.15 unchanged, 0.3 → +1 (0.773 → 0.782), law unchanged.
   */
  assignmentBonus: number;
  /** Bonus of a sentence whose terms stand as near each other as the question's (share of pairs near). */
  proximityWeight: number;
}

export const defaultTuning: ComposeTuning = {
  candidates: 6,
  kindWeight: 0.35,
  leadChars: 900,
  supportShare: 0.55,
  maxSupport: 2,
  supportCoverage: 0.3,
  supportTerms: 2,
  contextShare: 0.6,
  bestWeight: 0.3,
  unitWeight: 0.4,
  rankWeight: 0.5,
  rankDecay: 0.35,
  referenceBonus: 1,
  companionShare: 0.45,
  maxLeadSentences: 3,
  shortSentence: 160,
  wholeUnitChars: 1200,
  preambleShare: 0.35,
  headingShare: 0.3,
  maxMissingParts: 2,
  missingPartShare: 0.3,
  sameDocumentPartShare: 0.15,
  otherUnitShare: 0.7,
  proximityWeight: 0.35,
  decidesBonus: 0.15,
  assignmentBonus: 0.3,
};
