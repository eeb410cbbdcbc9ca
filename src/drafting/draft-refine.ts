/**
 * Optional model rewrite of the section(s) the user's instructions concern. The rewrite passes the same checks as
 * the template text plus three of its own (markers, Comuni and table rows kept); otherwise the template text
 * stands and the draft carries a notice. Retrieved passages go to the model as data, never as instructions.
 */

import { normalizeName } from "../core/fuzzy-match.js";
import { italianList } from "../core/italian-format.js";
import type { Logger } from "../core/logger.js";
import type { AccessScope } from "../core/types.js";
import type { ChatModel } from "../llm/chat-model.js";
import { loadChatPrompt } from "../llm/prompt-template.js";
import type { Retriever } from "../retrieval/retriever.js";
import { checkText, containsName, type TextCheckOptions } from "./draft-checks.js";
import type { Draft, DraftSection } from "./draft-types.js";
import { citedSources } from "./legal-citations.js";
import { findMarkers } from "./missing-markers.js";

export interface RefineOptions {
  chatModel: ChatModel | null;
  retriever: Retriever | null;
  scope: AccessScope;
  promptsDir: string;
  checkOptions: TextCheckOptions;
  logger: Logger;
  timeoutMs: number;
}

const maxSectionsRewritten = 2;
const passageChars = 900;

export async function refineDraft(
  draft: Draft,
  instructions: string,
  options: RefineOptions,
): Promise<{ draft: Draft; notes: string[] }> {
  if (!options.chatModel) {
    return {
      draft,
      notes: [
        `Nessun modello linguistico configurato: le istruzioni «${instructions.trim()}» non sono state applicate al testo, che resta quello del modello standard.`,
      ],
    };
  }
  const targets = relevantSections(draft.sections, instructions);
  if (targets.length === 0)
    return {
      draft,
      notes: [
        `Le istruzioni «${instructions.trim()}» non riguardano nessuna sezione riconoscibile: il testo resta quello del modello standard.`,
      ],
    };
  const notes: string[] = [];
  const sections = [...draft.sections];
  for (const target of targets) {
    const position = sections.indexOf(target);
    const outcome = await rewriteSection(draft, target, instructions, options);
    if (outcome.text !== null) {
      sections[position] = { ...target, text: outcome.text, sources: citedSources(target.sources, outcome.text) };
      notes.push(
        `La sezione «${target.title}» è stata riscritta dal modello secondo le istruzioni e ha superato i controlli.`,
      );
    } else {
      notes.push(
        `Il testo proposto dal modello per la sezione «${target.title}» è stato scartato (${outcome.reason}): resta il testo del modello standard.`,
      );
    }
  }
  return { draft: { ...draft, sections }, notes };
}

async function rewriteSection(
  draft: Draft,
  section: DraftSection,
  instructions: string,
  options: RefineOptions,
): Promise<{ text: string | null; reason: string }> {
  try {
    const messages = await loadChatPrompt(options.promptsDir, "draft-refine", "draft-refine-input").format({
      titolo_atto: draft.title,
      citazioni_ammesse: options.checkOptions.index
        .units()
        .map((unit) => `   - ${unit}`)
        .join("\n"),
      comuni: italianList(options.checkOptions.members),
      sezione_titolo: section.title,
      istruzioni: instructions.trim(),
      sezione_testo: section.text,
      passaggi: await passages(`${instructions} ${section.title}`, options),
    });
    const reply = await options.chatModel!.complete(messages, {
      temperature: 0.1,
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    const text = cleanReply(reply, section.title);
    const problems = rewriteProblems(section.text, text, options.checkOptions);
    if (problems.length > 0) {
      options.logger.warn({ section: section.id, problems }, "riscrittura del modello scartata dai controlli");
      return { text: null, reason: problems.join("; ") };
    }
    return { text, reason: "" };
  } catch (error) {
    options.logger.warn({ section: section.id, err: error }, "riscrittura del modello non riuscita");
    return { text: null, reason: "il modello non ha risposto in tempo o ha restituito un errore" };
  }
}

/** Problems of a rewrite: those of any text, plus anything of the original it dropped. */
export function rewriteProblems(original: string, rewritten: string, options: TextCheckOptions): string[] {
  if (!rewritten.trim()) return ["testo vuoto"];
  const problems = checkText(rewritten, options);
  for (const marker of findMarkers(original))
    if (!findMarkers(rewritten).includes(marker)) problems.push(`ha eliminato il dato da completare "${marker}"`);
  for (const marker of findMarkers(rewritten))
    if (!findMarkers(original).includes(marker))
      problems.push(`ha aggiunto un dato da completare non previsto "${marker}"`);
  for (const member of options.members)
    if (containsName(original, member) && !containsName(rewritten, member))
      problems.push(`ha omesso il Comune di ${member}`);
  for (const row of original.split("\n").filter((line) => line.trim().startsWith("|"))) {
    if (!rewritten.includes(row.trim())) problems.push("ha modificato la tabella di riparto");
  }
  return [...new Set(problems)];
}

/** Sections whose title or text share the most words with the instructions. */
function relevantSections(sections: DraftSection[], instructions: string): DraftSection[] {
  const words = significantStems(instructions);
  const scored = sections.map((section) => {
    const stems = new Set(significantStems(`${section.title} ${section.text}`));
    const titleStems = new Set(significantStems(section.title));
    return {
      section,
      score: words.filter((word) => stems.has(word)).length + words.filter((word) => titleStems.has(word)).length,
    };
  });
  const best = Math.max(0, ...scored.map((entry) => entry.score));
  if (best === 0) return sections.length === 1 ? sections : [];
  return scored
    .filter((entry) => entry.score === best)
    .slice(0, maxSectionsRewritten)
    .map((entry) => entry.section);
}

function significantStems(text: string): string[] {
  return normalizeName(text)
    .split(" ")
    .filter((word) => word.length >= 5 && !/^\d/.test(word))
    .map((word) => word.slice(0, 6));
}

async function passages(query: string, options: RefineOptions): Promise<string> {
  if (!options.retriever) return "(nessun passaggio disponibile)";
  try {
    const found = await options.retriever.search(query, options.scope, 5);
    if (found.length === 0) return "(nessun passaggio pertinente)";
    return found
      .map(
        (source, position) =>
          `[${position + 1}] ${source.title}${source.article ? `, ${source.article}` : ""}\n${source.text.replace(/<<<|>>>/g, "").slice(0, passageChars)}`,
      )
      .join("\n\n");
  } catch (error) {
    options.logger.warn({ err: error }, "ricerca dei passaggi per la bozza non riuscita");
    return "(nessun passaggio disponibile)";
  }
}

function cleanReply(reply: string, title: string): string {
  let text = reply
    .trim()
    .replace(/^```[a-z]*\n([\s\S]*?)\n```$/i, "$1")
    .trim();
  const firstLine = text.split("\n")[0] ?? "";
  if (/^#+\s/.test(firstLine) || normalizeName(firstLine) === normalizeName(title))
    text = text.split("\n").slice(1).join("\n").trim();
  return text;
}
