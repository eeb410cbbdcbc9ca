/**
 * Where a long paragraph may be cut: after a sentence, never at an abbreviation of legal Italian ("art.", "c.",
 * "n.", "D.Lgs.", "L.R.") — the splitter the answer uses too (core/italian-sentences), so that what a passage ends
 * with is what an answer can quote whole. The chunker takes any splitter of this shape.
 */
import { splitSentences as splitItalianSentences } from "../core/italian-sentences.js";

export type SentenceSplitter = (paragraph: string) => string[];

export const splitSentences: SentenceSplitter = (paragraph) => splitItalianSentences(paragraph);
