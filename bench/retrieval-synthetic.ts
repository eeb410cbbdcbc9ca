/** Synthetic Italian-like passages for the retrieval bench: legal vocabulary in random but plausible order. */

const subjects = [
  "il Comune",
  "l'Unione",
  "la Giunta",
  "il Consiglio",
  "il segretario",
  "il responsabile del servizio",
  "la Regione",
  "il sindaco",
  "la commissione",
  "l'ufficio associato",
];
const verbs = [
  "approva",
  "conferisce",
  "trasferisce",
  "disciplina",
  "verifica",
  "programma",
  "delega",
  "revoca",
  "convoca",
  "pubblica",
  "assume",
  "coordina",
];
const objects = [
  "la funzione di polizia locale",
  "il piano triennale dei fabbisogni di personale",
  "la convenzione per la gestione associata",
  "il regolamento del servizio",
  "lo statuto dell'Unione",
  "il bilancio di previsione",
  "il servizio informatico associato",
  "la protezione civile",
  "lo sportello unico attività produttive",
  "la centrale unica di committenza",
  "il piano di comunicazione",
  "il programma di riordino territoriale",
  "il piano formativo del personale",
  "i servizi sociali",
  "la gestione dei tributi",
  "la pianificazione urbanistica",
  "il verbale della seduta",
  "l'ordine del giorno",
  "la dotazione organica",
  "il PIAO",
];
const complements = [
  "entro trenta giorni",
  "per almeno cinque anni",
  "con deliberazione consiliare",
  "ai sensi dell'art. 24 della L.R. 21/2012",
  "nei limiti di spesa",
  "previo parere del revisore",
  "in forma integrale",
  "con il personale trasferito",
  "dal primo gennaio",
  "sentiti i Comuni aderenti",
  "secondo il TUEL",
  "per tutti i Comuni membri",
];
const rare = [
  "Codigoro",
  "Crevalcore",
  "Mesola",
  "Goro",
  "Anzola",
  "Calderara",
  "Persiceto",
  "Sant'Agata",
  "Sala Bolognese",
  "Lagosanto",
  "Fiscaglia",
  "Comacchio",
];

/** Deterministic pseudo-random numbers, so every run measures the same corpus. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function syntheticSentence(random: () => number): string {
  const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)]!;
  const place = random() < 0.3 ? ` a ${pick(rare)}` : "";
  return `${pick(subjects)} ${pick(verbs)} ${pick(objects)} ${pick(complements)}${place}.`;
}

export function syntheticPassage(random: () => number, sentences = 8): string {
  return Array.from({ length: sentences }, () => syntheticSentence(random)).join(" ");
}

export const syntheticQueries = [
  "chi conferisce la funzione di polizia locale all'unione?",
  "entro quanti giorni si approva il piano dei fabbisogni di personale",
  "la centrale unica di committenza a Crevalcore",
  "revoca della convenzione per la gestione associata",
  "programma di riordino territoriale e contributi",
  "servizio informatico associato con personale trasferito",
  "il PIAO secondo il TUEL",
  "sportello unico attività produttive a Mesola",
];
