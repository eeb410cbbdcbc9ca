/**
 * The organ that adopts a deliberation, when the heading reader found none: many verbali put the number first
 * ("Deliberazione n. 61 / in data …") and the organ a few lines below ("VERBALE DI DELIBERAZIONE DEL CONSIGLIO
 * COMUNALE"), and every one names the deciding organ on a line of its own before the premesse ("IL CONSIGLIO
 * COMUNALE", "LA GIUNTA DELL'UNIONE"). Only whole lines before the dispositivo count, the last one winning: a
 * sentence that mentions a council ("VISTA la deliberazione del Consiglio comunale di …") never does.
 */
import type { ActInfo, ActOrgan, ActStructure } from "../acts/index.js";

const organLine =
  /^(?:(?:copia\s+del\s+)?verbale\s+di\s+deliberazione\s+|deliberazione\s+)?(?:il|la|del|della|dello)\s+(consiglio|giunta|commissario(?:\s+straordinario|\s+prefettizio)?)(?:\s+(?:comunale|dell['’]\s?unione(?:\s+[^\n]{0,60})?|con\s+i\s+poteri\s+[^\n]{0,60}))?\s*$/i;

export function decidingOrgan(act: { info: ActInfo; text: string; structure: ActStructure }): ActOrgan | null {
  if (act.info.organ) return act.info.organ;
  const end = act.structure.dispositivo?.start;
  if (end === undefined) return null;
  let found: ActOrgan | null = null;
  for (const line of act.text.slice(0, end).split("\n")) {
    const word = organLine.exec(line.trim())?.[1]?.toLowerCase();
    if (word) found = word.startsWith("commissario") ? "commissario" : (word as ActOrgan);
  }
  return found;
}
