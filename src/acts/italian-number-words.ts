/**
 * Italian cardinal numbers written in words, as the preamble of a deliberation writes its date: "L'anno
 * duemilaventisei, il giorno ventiquattro, del mese di marzo". Covers 0–2999 (days, years); ordinals "primo"
 * and "1°" for the first day. Returns null for anything that is not a whole number word.
 */

const units: Record<string, number> = {
  zero: 0,
  uno: 1,
  un: 1,
  una: 1,
  due: 2,
  tre: 3,
  tré: 3,
  quattro: 4,
  cinque: 5,
  sei: 6,
  sette: 7,
  otto: 8,
  nove: 9,
  dieci: 10,
  undici: 11,
  dodici: 12,
  tredici: 13,
  quattordici: 14,
  quindici: 15,
  sedici: 16,
  diciassette: 17,
  diciotto: 18,
  diciannove: 19,
};
const tens: Record<string, number> = {
  venti: 20,
  trenta: 30,
  quaranta: 40,
  cinquanta: 50,
  sessanta: 60,
  settanta: 70,
  ottanta: 80,
  novanta: 90,
};
const ordinals: Record<string, number> = { primo: 1, prima: 1 };

/** "ventiquattro" -> 24, "duemilaventisei" -> 2026, "primo" -> 1, "trentuno" -> 31; otherwise null. */
export function italianNumberWord(word: string): number | null {
  const text = word.toLowerCase().normalize("NFC").replace(/[’']/g, "").trim();
  if (!text) return null;
  if (text in ordinals) return ordinals[text]!;
  const thousands = /^(?:(mille)|(due)mila)(.*)$/.exec(text);
  if (thousands) {
    const head = thousands[1] ? 1000 : 2000;
    if (!thousands[3]) return head;
    const rest = belowThousand(thousands[3]);
    return rest === null ? null : head + rest;
  }
  return belowThousand(text);
}

function belowThousand(text: string): number | null {
  const hundreds = /^(?:(cento)|(due|tre|quattro|cinque|sei|sette|otto|nove)cento)(.*)$/.exec(text);
  if (hundreds) {
    const head = hundreds[1] ? 100 : units[hundreds[2]!]! * 100;
    if (!hundreds[3]) return head;
    const rest = belowHundred(hundreds[3]);
    return rest === null ? null : head + rest;
  }
  return belowHundred(text);
}

function belowHundred(text: string): number | null {
  if (text in units) return units[text]!;
  if (text in tens) return tens[text]!;
  for (const [word, value] of Object.entries(tens)) {
    // "ventuno", "trentotto": the final vowel of the tens drops before "uno" and "otto".
    const stem = word.slice(0, -1);
    if (!text.startsWith(stem)) continue;
    const rest = text.startsWith(word) ? text.slice(word.length) : text.slice(stem.length);
    if (rest in units && units[rest]! > 0 && units[rest]! < 10) return value + units[rest]!;
  }
  return null;
}
