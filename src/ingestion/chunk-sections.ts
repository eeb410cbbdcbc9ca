/**
 * Cuts a document's text units into citable sections: Markdown and reStructuredText headings; in PDFs, Word
 * files and plain text, the units real acts are numbered by (line-structure.ts). An article opens a section; each
 * of its commi opens another, labelled "art. 2 c.1" — only when its number follows the previous comma in the same
 * style, so a list item "1)" inside comma 1, or "3.1" under "Art. 2", never takes a comma's or another article's
 * label. An article running over a page break keeps its label and heading on the next page. Markdown is
 * structured by its headings alone: a wrapped line that happens to start with "c.2" is prose.
 */
import { latinSuffixes, unitOfHeading } from "../core/legal-reference.js";
import type { ActSectionName } from "../core/types.js";
import {
  type CommaStyle,
  isHeadingContinuation,
  isNumberedHeading,
  type LineMarker,
  markerOf,
} from "./line-structure.js";
import type { LoadedDocument, TextUnit } from "./loaded-document.js";

export interface Section {
  /** The heading line that opened the section (its first line), if any. */
  heading: string | null;
  /** The heading of the unit the section belongs to, repeated on every passage that does not hold it. */
  context: string | null;
  /** "art. 3" or "art. 3 c.2"; null outside articles. */
  label: string | null;
  lines: string[];
  page: number | null;
  part?: ActSectionName;
  ocr?: boolean;
}

interface ArticleState {
  number: string;
  heading: string;
  style: CommaStyle | null;
  last: { number: number; suffix: number } | null;
  /** The article has text before its first numbered comma. */
  hasBody: boolean;
}

type CommaMarker = Extract<LineMarker, { kind: "comma" }>;

const tableOfContentsLeader = /(?:(?:\.\s?){3,}|…+|_{4,})\s*\d*\s*$/;
const separatorLine = /^\s*([=\-~^"*#+])\1{3,}\s*$/;

export function sectionsOf(document: LoadedDocument): Section[] {
  const walker = new SectionWalker(document.format);
  for (const unit of document.units) walker.unit(unit);
  return walker.sections.filter((section) => section.lines.join("").trim().length > 0);
}

class SectionWalker {
  readonly sections: Section[] = [];
  private article: ArticleState | null = null;
  private context: string | null = null;
  private label: string | null = null;
  private current!: Section;
  private unitInfo!: TextUnit;

  constructor(private readonly format: LoadedDocument["format"]) {}

  unit(unit: TextUnit): void {
    this.unitInfo = unit;
    const lines = unit.text.split(/\r?\n/);
    // An index page lists every article: its lines open no article, here or on the next page.
    const indexPage = lines.filter((line) => tableOfContentsLeader.test(line.trim())).length >= 3;
    if (indexPage) this.closeArticle();
    this.open(null, this.context, this.label);
    for (let index = 0; index < lines.length; index++) index = this.line(lines, index, indexPage);
    if (indexPage) this.closeArticle();
  }

  /** Handles the line at `index`; returns the index of the last line it consumed. */
  private line(lines: readonly string[], index: number, indexPage: boolean): number {
    const line = lines[index]!;
    const heading = headingOf(line, lines[index + 1], this.format);
    if (heading) {
      const label = unitOfHeading(heading.text) ?? (heading.level > 2 ? this.label : null);
      this.article = null;
      this.open(heading.text, heading.text, label);
      this.current.lines.push(heading.text, "");
      return heading.underlined ? index + 1 : index;
    }
    if (separatorLine.test(line)) return index;
    const atBlockStart = this.format === "pdf" || this.format === "docx" || index === 0 || !lines[index - 1]!.trim();
    const marker = this.format === "markdown" || !atBlockStart || indexPage ? null : markerOf(line);
    if (marker?.kind === "article") return this.openArticle(lines, index, marker);
    if (marker?.kind === "chapter") this.openHeading(line, null);
    else if (marker?.kind === "comma" && this.article && acceptsComma(this.article, marker))
      this.openUnit(line, commaLabel(this.article, marker));
    else if (marker && !this.article && (marker.kind === "numbered-heading" || isNumberedHeading(line.trim())))
      this.openHeading(line, null);
    else {
      if (this.article && line.trim()) this.article.hasBody = true;
      this.current.lines.push(line);
    }
    return index;
  }

  private openArticle(
    lines: readonly string[],
    index: number,
    marker: Extract<LineMarker, { kind: "article" }>,
  ): number {
    let title = lines[index]!.trim();
    let last = index;
    while (!marker.titled && title.length < 160 && last + 1 < lines.length && isHeadingContinuation(lines[last + 1]!))
      title = `${title} ${lines[++last]!.trim()}`;
    this.article = { number: marker.number, heading: title, style: null, last: null, hasBody: false };
    this.open(title, title, marker.label);
    this.current.lines.push(title);
    return last;
  }

  /** A chapter or a numbered heading outside articles: a unit of its own, with no article label. */
  private openHeading(line: string, label: string | null): void {
    this.article = null;
    this.open(line.trim(), line.trim(), label);
    this.current.lines.push(line);
  }

  /** A comma of the open article: its own section, under the article's heading. */
  private openUnit(line: string, label: string): void {
    this.open(null, this.article!.heading, label);
    this.current.lines.push(line);
  }

  private closeArticle(): void {
    this.article = null;
    this.context = null;
    this.label = null;
  }

  private open(heading: string | null, context: string | null, label: string | null): void {
    this.context = context;
    this.label = label;
    const unit = this.unitInfo;
    this.current = {
      heading,
      context,
      label,
      lines: [],
      page: unit.page,
      ...(unit.section ? { part: unit.section } : {}),
      ...(unit.ocr ? { ocr: true } : {}),
    };
    this.sections.push(this.current);
  }
}

function headingOf(
  line: string,
  next: string | undefined,
  format: LoadedDocument["format"],
): { text: string; level: number; underlined: boolean } | null {
  if ((format === "markdown" || format === "docx") && /^#{1,6}\s+\S/.test(line)) {
    return { text: line.replace(/^#+\s*/, "").trim(), level: /^#+/.exec(line)![0].length, underlined: false };
  }
  if (format === "text" && isRstTitle(line, next)) return { text: line.trim(), level: 2, underlined: true };
  return null;
}

function isRstTitle(line: string, next: string | undefined): boolean {
  const text = line.trim();
  const underline = next?.trim() ?? "";
  return text.length > 0 && /^([=\-~^"*#+])\1{2,}$/.test(underline) && underline.length >= text.length * 0.8;
}

/** A comma follows the previous one of its article, in the same style; a missing one is tolerated. */
function acceptsComma(article: ArticleState, marker: CommaMarker): boolean {
  // "3.1" under "Art. 2" belongs to no comma of this article.
  if (marker.style === "dotted" && marker.major !== article.number) return false;
  const number = Number(marker.number);
  let accepted: boolean;
  if (article.style === null || article.last === null)
    accepted = marker.suffix === 0 && (number === 1 || (number === 2 && article.hasBody));
  else if (marker.style !== article.style) accepted = false;
  else if (number === article.last.number) accepted = marker.suffix > article.last.suffix;
  else accepted = marker.suffix === 0 && (number === article.last.number + 1 || number === article.last.number + 2);
  if (accepted) {
    article.style = marker.style;
    article.last = { number, suffix: marker.suffix };
  }
  return accepted;
}

function commaLabel(article: ArticleState, marker: CommaMarker): string {
  const suffix = marker.suffix > 0 ? `-${latinSuffixes[marker.suffix - 1]}` : "";
  return `art. ${article.number} c.${marker.number}${suffix}`;
}
