/** Preview of a drafted act: title, first sections, what is still missing. The .docx is uploaded beside it. */
import type { Draft } from "../../../drafting/draft-types.js";
import {
  context,
  escapeMrkdwn,
  fallback,
  fitBlocks,
  header,
  listSections,
  type SlackMessage,
  sections,
  truncate,
} from "./block-kit.js";
import { controlBlocks, type ReplyControls } from "./reply-controls.js";

/** Sections shown in the preview, and characters of each. */
export const PREVIEW_SECTIONS = 2;
export const PREVIEW_SECTION_CHARS = 1200;

export function draftBlocks(draft: Draft, options: { fileNote?: string | null } & ReplyControls = {}): SlackMessage {
  const about = [`Unione: *${escapeMrkdwn(draft.unioneName)}*`];
  if (draft.funzione) about.push(`Funzione: *${escapeMrkdwn(draft.funzione)}*`);
  if (draft.example) about.push("⚠️ Unione di esempio (dati fittizi)");
  const head = [header(`Bozza: ${draft.title}`), context(...about)];
  const body = draft.sections.slice(0, PREVIEW_SECTIONS).flatMap((part) => {
    const sources = part.sources.length ? `\n_Fonti: ${escapeMrkdwn(part.sources.join("; "))}_` : "";
    return sections(
      `*${escapeMrkdwn(part.title)}*\n${escapeMrkdwn(truncate(part.text, PREVIEW_SECTION_CHARS))}${sources}`,
    );
  });
  const tail = [];
  const more = draft.sections.length - PREVIEW_SECTIONS;
  if (more > 0) tail.push(context(`_… altre ${more} sezioni nel file completo._`));
  if (draft.missing.length > 0) {
    tail.push(
      ...listSections([
        `*Da completare (${draft.missing.length})*`,
        ...draft.missing.map((item) => `• ${escapeMrkdwn(item)}`),
      ]),
    );
  } else {
    tail.push(context("Nessun campo da completare segnalato."));
  }
  const verify = draft.verify ?? [];
  if (verify.length > 0)
    tail.push(
      ...listSections([`*Da verificare (${verify.length})*`, ...verify.map((item) => `• ${escapeMrkdwn(item)}`)]),
    );
  if (draft.notice) tail.push(context(`ℹ️ ${escapeMrkdwn(draft.notice)}`));
  if (options.fileNote) tail.push(context(options.fileNote));
  tail.push(context("Bozza da rivedere: verificare i riferimenti prima dell'adozione."));
  tail.push(...controlBlocks(options));
  const text = `Bozza: ${draft.title} (${draft.unioneName}); da completare: ${draft.missing.length}`;
  return { text: fallback(text), blocks: fitBlocks(head, body, tail) };
}
