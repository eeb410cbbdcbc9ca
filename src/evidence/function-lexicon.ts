/**
 * Finds the functions of the catalogue named in an act's words: the catalogue's names and aliases and the
 * glossary's variants of terms tied to a function ("Corpo di Polizia Locale", "Servizio Informatico Associato",
 * "SUAP"). Phrases match whole words, accents and apostrophes folded; acronyms ("SUAP", "SIA", "CUC") match only
 * as written in capitals, so the conjunction "sia" never names the ICT service. Words too common in acts to name
 * a function on their own ("personale", "bilancio", "gare") are left out: in a conferral, "il personale" is the
 * staff transferred, not the personnel function.
 */
import type { FunctionCatalog } from "../knowledge/function-catalog.js";
import type { GlossaryEntry } from "../knowledge/glossary.js";

export interface FunctionMention {
  code: string;
  start: number;
  end: number;
}

export interface FunctionLexicon {
  /** Mentions in text order; the longest phrase wins where two overlap. */
  find(text: string): FunctionMention[];
}

interface Phrase {
  code: string;
  /** Folded words, or the acronym as written. */
  words: string[];
  acronym: boolean;
}

interface Token {
  folded: string;
  raw: string;
  start: number;
  end: number;
}

const ambiguousAlone = new Set(
  [
    "personale",
    "digitale",
    "sociale",
    "sociali",
    "agenti",
    "rete",
    "software",
    "computer",
    "commercio",
    "entrate",
    "mensa",
    "gare",
    "appalti",
    "bilancio",
    "scuola",
    "scuole",
    "patrimonio",
    "manutenzioni",
    "emergenza",
    "emergenze",
    "alluvione",
    "allerte",
    "statistiche",
    "tasse",
    "sportello unico",
    "stazione appaltante",
    "welfare",
    "nidi",
  ].map(fold),
);

export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
}

function tokens(text: string): Token[] {
  return [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((match) => ({
    folded: fold(match[0]),
    raw: match[0],
    start: match.index,
    end: match.index + match[0].length,
  }));
}

function phraseOf(code: string, name: string): Phrase | null {
  const text = name.replace(/\([^)]*\)/g, " ").trim();
  if (/^[A-Z][A-Za-z]{1,4}$/.test(text) && /[A-Z].*[A-Z]/.test(text))
    return text.length >= 3 ? { code, words: [text], acronym: true } : null;
  const words = tokens(text).map((token) => token.folded);
  if (words.length === 0 || words.join(" ").length < 3 || ambiguousAlone.has(words.join(" "))) return null;
  return { code, words, acronym: false };
}

export function createFunctionLexicon(catalog: FunctionCatalog, glossary: readonly GlossaryEntry[]): FunctionLexicon {
  const byKey = new Map<string, Phrase | "ambigua">();
  const add = (code: string, name: string) => {
    const phrase = phraseOf(code, name);
    if (!phrase) return;
    const key = `${phrase.acronym ? "A" : "W"}:${phrase.words.join(" ")}`;
    const known = byKey.get(key);
    byKey.set(key, known && known !== "ambigua" && known.code !== code ? "ambigua" : phrase);
  };
  for (const entry of catalog.list()) for (const name of [entry.name, ...entry.aliases]) add(entry.code, name);
  for (const entry of glossary) {
    if (!entry.function || !catalog.get(entry.function)) continue;
    for (const name of [entry.term, ...entry.variants]) add(entry.function, name);
  }
  const byFirst = new Map<string, Phrase[]>();
  for (const phrase of byKey.values()) {
    if (phrase === "ambigua") continue;
    const first = phrase.words[0]!;
    byFirst.set(
      first,
      [...(byFirst.get(first) ?? []), phrase].sort((a, b) => b.words.length - a.words.length),
    );
  }
  return { find: (text) => findMentions(tokens(text), byFirst) };
}

function findMentions(list: Token[], byFirst: Map<string, Phrase[]>): FunctionMention[] {
  const mentions: FunctionMention[] = [];
  for (let index = 0; index < list.length; ) {
    const token = list[index]!;
    const candidates = [...(byFirst.get(token.raw) ?? []), ...(byFirst.get(token.folded) ?? [])];
    const phrase = candidates
      .sort((a, b) => b.words.length - a.words.length)
      .find((candidate) => matchesAt(list, index, candidate));
    if (!phrase) {
      index += 1;
      continue;
    }
    const last = list[index + phrase.words.length - 1]!;
    mentions.push({ code: phrase.code, start: token.start, end: last.end });
    index += phrase.words.length;
  }
  return mentions;
}

function matchesAt(list: Token[], index: number, phrase: Phrase): boolean {
  return phrase.words.every((word, offset) => {
    const token = list[index + offset];
    if (!token) return false;
    return phrase.acronym ? token.raw === word : token.folded === word;
  });
}
