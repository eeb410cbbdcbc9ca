/**
 * The publication certificate at the end of an act names it again: "Estremi identificativi dell'atto:
 * Determina n. 145 del 27/02/2026; Oggetto: …". It confirms the heading, or stands in for it when the heading
 * could not be read.
 */

import { findActReferences } from "./act-reference.js";
import { readSubject } from "./act-subject.js";
import type { ActRef } from "./act-types.js";

export interface Certificate {
  ref: ActRef;
  subject: string | null;
}

const certificateLine =
  /estremi\s+(?:identificativi\s+)?dell['’]\s?atto|relata\s+di\s+pubblicazione|certificato\s+di\s+pubblicazione/i;

/** The act named by the document's publication certificate, or null. */
export function readCertificate(lines: readonly string[]): Certificate | null {
  for (let index = 0; index < lines.length; index += 1) {
    if (!certificateLine.test(lines[index]!)) continue;
    const window = lines.slice(index, index + 4);
    const ref = window.map((line) => findActReferences(line).find((found) => found.number !== null)).find(Boolean);
    if (!ref) continue;
    const { start: _start, end: _end, ...act } = ref;
    return { ref: act, subject: readSubject(lines.slice(index, index + 8)) };
  }
  return null;
}
