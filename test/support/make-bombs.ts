/**
 * Decompression bombs, built small and fast: a PDF whose one page content stream inflates to `inflatedBytes`, and
 * a .docx whose word/document.xml does. One megabyte of the payload is deflated once, ending on a full flush (a
 * byte boundary with no reference to earlier data), so the same compressed block can be repeated to any length:
 * a 300 MB bomb is built without deflating, or holding, 300 MB. Both files are structurally valid (xref offsets,
 * ZIP directories, the zlib checksum), so readers get as far as the payload.
 */
import { constants, deflateRawSync, deflateSync } from "node:zlib";

const megabyte = 1024 * 1024;
/** The last, empty block of a deflate stream (BFINAL set, fixed Huffman codes, end of block). */
const finalBlock = Buffer.from([0x03, 0x00]);

/** Raw deflate of `unit` repeated to `total` bytes (a whole number of megabytes). */
function repeatDeflated(unit: Buffer, total: number): Buffer {
  const block = deflateRawSync(Buffer.alloc(megabyte, unit), { finishFlush: constants.Z_FULL_FLUSH });
  const repeats = Math.ceil(total / megabyte);
  return Buffer.concat([...Array.from({ length: repeats }, () => block), finalBlock]);
}

/** The zlib wrapper (FlateDecode): header, raw deflate, Adler-32 of `count` bytes all equal to `byte`. */
function zlibOfRepeatedByte(byte: number, count: number): Buffer {
  const modulus = 65521n;
  const n = BigInt(count);
  const value = BigInt(byte);
  const low = (1n + n * value) % modulus;
  const high = (n + (value * n * (n + 1n)) / 2n) % modulus;
  const checksum = Buffer.alloc(4);
  checksum.writeUInt32BE(Number((high << 16n) | low));
  return Buffer.concat([Buffer.from([0x78, 0x9c]), repeatDeflated(Buffer.from([byte]), count), checksum]);
}

/**
 * A one-page PDF whose content stream (spaces: the lexer reads them all) inflates to `inflatedBytes` (whole MB).
 * With two layers, the stream is Flate-compressed twice (what the first inflation gives is itself compressed).
 */
export async function makePdfBomb(inflatedBytes: number, options: { layers?: 1 | 2 } = {}): Promise<Buffer> {
  const inner = zlibOfRepeatedByte(0x20, Math.ceil(inflatedBytes / megabyte) * megabyte);
  const data = options.layers === 2 ? zlibWrap(inner) : inner;
  const filter = options.layers === 2 ? "[/FlateDecode /FlateDecode]" : "/FlateDecode";
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
  ];
  const parts: Buffer[] = [Buffer.from("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "latin1")];
  const offsets: number[] = [];
  const size = () => parts.reduce((total, part) => total + part.length, 0);
  for (const [index, body] of objects.entries()) {
    offsets.push(size());
    parts.push(Buffer.from(`${index + 1} 0 obj\n${body}\nendobj\n`, "latin1"));
  }
  offsets.push(size());
  parts.push(Buffer.from(`4 0 obj\n<< /Length ${data.length} /Filter ${filter} >>\nstream\n`, "latin1"));
  parts.push(data, Buffer.from("\nendstream\nendobj\n", "latin1"));
  const xref = size();
  const entries = offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n \n`).join("");
  parts.push(
    Buffer.from(
      `xref\n0 5\n0000000000 65535 f \n${entries}trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`,
      "latin1",
    ),
  );
  return Buffer.concat(parts);
}

/**
 * A .docx whose word/document.xml inflates to `inflatedBytes` of paragraphs. `declaredSize` is what the ZIP
 * directories claim (default: the truth); a lying archive claims a small size.
 */
export async function makeDocxBomb(inflatedBytes: number, options: { declaredSize?: number } = {}): Promise<Buffer> {
  const paragraph = Buffer.from("<w:p><w:r><w:t>Paragrafo ripetuto per gonfiare il documento.</w:t></w:r></w:p>");
  const size = Math.ceil(inflatedBytes / megabyte) * megabyte;
  return zipOneEntry("word/document.xml", repeatDeflated(paragraph, size), options.declaredSize ?? size);
}

/** A zlib stream around arbitrary bytes (compressed for real: they are small). */
function zlibWrap(bytes: Buffer): Buffer {
  return deflateSync(bytes, { level: 9 });
}

/** A ZIP with one deflated entry (CRC left at zero: readers that check it would refuse earlier anyway). */
export function zipOneEntry(name: string, deflated: Buffer, declaredSize: number): Buffer {
  const nameBytes = Buffer.from(name, "utf8");
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(deflated.length, 18);
  local.writeUInt32LE(declaredSize, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(deflated.length, 20);
  central.writeUInt32LE(declaredSize, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  central.writeUInt32LE(0, 42);
  const directoryOffset = local.length + nameBytes.length + deflated.length;
  const directorySize = central.length + nameBytes.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(directorySize, 12);
  end.writeUInt32LE(directoryOffset, 16);
  return Buffer.concat([local, nameBytes, deflated, central, nameBytes, end]);
}
