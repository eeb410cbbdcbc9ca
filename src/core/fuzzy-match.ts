/** Loose matching of names typed by people: "terre del delta", "Delta", "terre-d-acqua". */

/** Lower case, accents folded, punctuation and apostrophes to single spaces. */
export function normalizeName(value: string): string {
  return value
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}

export interface Candidate<T> {
  value: T;
  /** Every name the candidate answers to (id, full name, aliases). */
  names: string[];
}

const fillerWords = new Set(["unione", "dei", "di", "del", "della", "delle", "comuni", "comune", "d"]);

function significantWords(name: string): string[] {
  return normalizeName(name)
    .split(" ")
    .filter((word) => word.length > 0 && !fillerWords.has(word));
}

/**
 * The candidate a typed name designates, or null. Exact or normalized equality wins; then a typed name
 * whose significant words are all contained in exactly one candidate; then a unique candidate within
 * a small edit distance.
 */
export function matchName<T>(input: string, candidates: Candidate<T>[]): T | null {
  const typed = normalizeName(input);
  if (!typed) return null;
  const exact = candidates.filter((candidate) => candidate.names.some((name) => normalizeName(name) === typed));
  if (exact.length === 1) return exact[0]!.value;
  const words = significantWords(input);
  if (words.length > 0) {
    const containing = candidates.filter((candidate) =>
      candidate.names.some((name) => {
        const nameWords = significantWords(name);
        return words.every((word) => nameWords.includes(word));
      }),
    );
    if (containing.length === 1) return containing[0]!.value;
  }
  const near = candidates.filter((candidate) =>
    candidate.names.some(
      (name) => levenshtein(normalizeName(name), typed) <= Math.max(1, Math.floor(typed.length / 6)),
    ),
  );
  return near.length === 1 ? near[0]!.value : null;
}

/** Up to `limit` names closest to the input, for "forse intendevi…" messages. */
export function closestNames(input: string, names: string[], limit = 3): string[] {
  const typed = normalizeName(input);
  return names
    .map((name) => {
      const normalized = normalizeName(name);
      const containsBonus = typed && (normalized.includes(typed) || typed.includes(normalized)) ? -2 : 0;
      return { name, distance: levenshtein(normalized, typed) + containsBonus };
    })
    .sort((left, right) => left.distance - right.distance)
    .slice(0, limit)
    .map((entry) => entry.name);
}
