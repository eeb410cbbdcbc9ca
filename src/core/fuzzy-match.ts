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

/**
 * Edit distance between `a` and `b`, computed only within `max` of the diagonal (Ukkonen's band): the cost is
 * O(min(|a|, |b|) · max) instead of O(|a| · |b|), so a 39.000-character line typed by someone costs no more than a
 * short one. Returns the exact distance when it is at most `max`, otherwise `max + 1`.
 */
export function levenshtein(a: string, b: string, max: number = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const limit = Math.min(max, long.length);
  const beyond = limit + 1;
  if (long.length - short.length > limit) return beyond;
  let previous = new Array<number>(long.length + 1).fill(beyond);
  let current = new Array<number>(long.length + 1).fill(beyond);
  for (let j = 0; j <= Math.min(long.length, limit); j += 1) previous[j] = j;
  for (let i = 1; i <= short.length; i += 1) {
    const from = Math.max(1, i - limit);
    const to = Math.min(long.length, i + limit);
    current[from - 1] = from === 1 && i <= limit ? i : beyond;
    let rowMinimum = current[from - 1]!;
    for (let j = from; j <= to; j += 1) {
      const cost = short[i - 1] === long[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current[j] = value;
      if (value < rowMinimum) rowMinimum = value;
    }
    if (to < long.length) current[to + 1] = beyond;
    if (rowMinimum > limit) return beyond;
    [previous, current] = [current, previous];
  }
  return Math.min(previous[long.length]!, beyond);
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
    candidate.names.some((name) => {
      const allowed = Math.max(1, Math.floor(typed.length / 6));
      return levenshtein(normalizeName(name), typed, allowed) <= allowed;
    }),
  );
  return near.length === 1 ? near[0]!.value : null;
}

/** Distances past this rank as equally far: a suggestion that far away helps nobody, and the bound keeps it linear. */
const suggestionDistance = 24;

/** Up to `limit` names closest to the input, for "forse intendevi…" messages. */
export function closestNames(input: string, names: string[], limit = 3): string[] {
  const typed = normalizeName(input);
  return names
    .map((name) => {
      const normalized = normalizeName(name);
      const containsBonus = typed && (normalized.includes(typed) || typed.includes(normalized)) ? -2 : 0;
      return { name, distance: levenshtein(normalized, typed, suggestionDistance) + containsBonus };
    })
    .sort((left, right) => left.distance - right.distance)
    .slice(0, limit)
    .map((entry) => entry.name);
}
