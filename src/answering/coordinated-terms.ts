/** Words (or numbers) a question joins with "e" / "o" as things asked alike: "plastica e vetro" → plastic·vetr. */
import { analyze, fold } from "../index-format/italian-analyzer.js";

export function coordinatedTerms(question: string): [string, string][] {
  const found: [string, string][] = [];
  for (const match of fold(question).matchAll(coordination)) {
    const [left, right] = [analyze(match[1]!)[0], analyze(match[2]!)[0]];
    if (left && right && left !== right) found.push([left, right]);
  }
  return found;
}

/**
 * "plastica e vetro", "il teatro e il museo", "dal teatro o dal bar", "sull'impegno 219 e quanto sul 220": two words
 * (or numbers) joined as things asked alike.
 */
const coordination =
  /(\p{L}{3,}|\d{2,})\s+(?:e|ed|o|oppure)\s+(?:(?:quanto|quanti|quale|quali)\s+)?(?:(?:il|lo|la|i|gli|le|del|della|dei|delle|dal|dalla|al|alla|sul|sulla|nel|nella)\s+|l'|dell'|dall'|all'|sull')?(\p{L}{3,}|\d{2,})/gu;
