/** The small Markdown subset of filled templates (paragraphs, "- " lists, "|" tables), as blocks for the .docx. */

export type TextBlock =
  | { kind: "paragraph"; text: string }
  | { kind: "bullet"; text: string }
  | { kind: "table"; rows: string[][] };

export function textBlocks(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  let paragraph: string[] = [];
  let table: string[][] = [];
  const flushParagraph = () => {
    if (paragraph.length > 0) blocks.push({ kind: "paragraph", text: paragraph.join(" ") });
    paragraph = [];
  };
  const flushTable = () => {
    if (table.length > 0) blocks.push({ kind: "table", rows: table });
    table = [];
  };
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (line.startsWith("|")) {
      flushParagraph();
      if (!/^\|[\s:|-]+\|$/.test(line))
        table.push(
          line
            .replace(/^\||\|$/g, "")
            .split("|")
            .map((cell) => cell.trim()),
        );
      continue;
    }
    flushTable();
    if (!line) flushParagraph();
    else if (/^[-*]\s+/.test(line)) {
      flushParagraph();
      blocks.push({ kind: "bullet", text: line.replace(/^[-*]\s+/, "") });
    } else paragraph.push(line);
  }
  flushParagraph();
  flushTable();
  return blocks;
}

/** "**testo**" emphasis is the only inline markup templates use; plain text for the rest. */
export function stripInlineMarkup(text: string): string {
  return text.replace(/\*\*([^*]+)\*\*/g, "$1");
}
