/** A query term with its weight: the question's own terms weigh 1, synonyms and typo corrections less. */
export interface WeightedTerm {
  term: string;
  weight: number;
  /** For an added term (synonym, typo correction): the question's own terms it stands for. */
  standsFor?: string[];
}
