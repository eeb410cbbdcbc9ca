/**
 * Test PDFs generated on the fly with pdf-lib: real text layer, one text block per page, Italian accents
 * (Helvetica's WinAnsi encoding covers à è é ì ò ù). Also the broken variants ingest must skip.
 */
import { degrees, PDFDocument, StandardFonts } from "pdf-lib";

/** One string per page; long lines are wrapped so the text stays on the page. */
export async function makePdf(pages: string[]): Promise<Buffer> {
  const document = await PDFDocument.create();
  const font = await document.embedFont(StandardFonts.Helvetica);
  for (const text of pages) {
    const page = document.addPage([595, 842]);
    let y = 800;
    for (const line of text.split("\n").flatMap((paragraph) => wrap(paragraph, 90))) {
      if (y < 40) break;
      page.drawText(line, { x: 40, y, size: 10, font });
      y -= 14;
    }
  }
  return Buffer.from(await document.save({ useObjectStreams: false }));
}

/** The first half of a valid PDF: what a download cut short looks like. */
export async function makeTruncatedPdf(pages: string[]): Promise<Buffer> {
  const whole = await makePdf(pages);
  return whole.subarray(0, Math.floor(whole.length / 2));
}

/**
 * A PDF whose trailer declares standard encryption with a user password: readers must ask for it.
 * (pdf-lib cannot encrypt; the /Encrypt entry with non-matching keys is enough for pdf.js to refuse.)
 */
export async function makeEncryptedPdf(pages: string[]): Promise<Buffer> {
  const text = (await makePdf(pages)).toString("latin1");
  const filler = "A1".repeat(32);
  const encrypt = `/Encrypt << /Filter /Standard /V 1 /R 2 /Length 40 /O <${filler}> /U <${filler}> /P -44 >>\n/ID [<${"0F".repeat(16)}> <${"0F".repeat(16)}>]\n`;
  return Buffer.from(
    text.replace(/trailer\s*<</, (match) => `${match}\n${encrypt}`),
    "latin1",
  );
}

function wrap(paragraph: string, width: number): string[] {
  const lines: string[] = [];
  let current = "";
  for (const word of paragraph.split(" ")) {
    if (current && current.length + word.length + 1 > width) {
      lines.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  lines.push(current);
  return lines;
}

/** A line of text placed at a given point of the page, in the order the file draws it. */
export interface PlacedLine {
  text: string;
  x: number;
  y: number;
  /** Degrees: 90 for a stamp along the margin. */
  rotate?: number;
}

/** One page whose lines are drawn in the order given, wherever they stand: a table drawn after the text below it. */
export async function makePlacedPdf(lines: PlacedLine[]): Promise<Buffer> {
  const document = await PDFDocument.create();
  const font = await document.embedFont(StandardFonts.Helvetica);
  const page = document.addPage([595, 842]);
  for (const line of lines)
    page.drawText(line.text, {
      x: line.x,
      y: line.y,
      size: 10,
      font,
      ...(line.rotate ? { rotate: degrees(line.rotate) } : {}),
    });
  return Buffer.from(await document.save({ useObjectStreams: false }));
}
