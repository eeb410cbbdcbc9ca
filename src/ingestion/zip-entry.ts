/**
 * Reads one entry of a ZIP archive (a .docx) with a bound on what it may inflate to. The central directory's
 * declared size is checked before anything is inflated (a 593 KB .docx can declare a 312 MB document.xml), and
 * the inflation itself stops at the bound, since a declared size can lie.
 */
import { inflateRawSync } from "node:zlib";
import { UnreadableFileError } from "./loaded-document.js";
import { inflationError } from "./pdf-inflation.js";

const endOfDirectory = 0x06054b50;
const directoryEntry = 0x02014b50;
const localHeader = 0x04034b50;
const zip64Marker = 0xffffffff;

interface EntryRecord {
  method: number;
  compressedSize: number;
  size: number;
  headerOffset: number;
}

/** The entry's bytes, or null when the archive has no such entry. */
export function readZipEntry(bytes: Buffer, name: string, maxBytes: number): Buffer | null {
  const entry = findEntry(bytes, name);
  if (!entry) return null;
  if (entry.size === zip64Marker || entry.compressedSize === zip64Marker || entry.size > maxBytes)
    throw inflationError(maxBytes);
  const data = entryData(bytes, entry);
  if (entry.method === 0) return data;
  if (entry.method !== 8) throw new UnreadableFileError("documento Word compresso con un metodo non supportato");
  try {
    return inflateRawSync(data, { maxOutputLength: maxBytes });
  } catch (error) {
    if (error instanceof RangeError) throw inflationError(maxBytes);
    throw damaged(error);
  }
}

function findEntry(bytes: Buffer, name: string): EntryRecord | null {
  const end = findEndOfDirectory(bytes);
  const count = bytes.readUInt16LE(end + 10);
  let offset = bytes.readUInt32LE(end + 16);
  for (let index = 0; index < count; index++) {
    if (offset + 46 > bytes.length || bytes.readUInt32LE(offset) !== directoryEntry) throw damaged();
    const nameLength = bytes.readUInt16LE(offset + 28);
    const entryName = bytes.toString("utf8", offset + 46, offset + 46 + nameLength);
    if (entryName === name) {
      return {
        method: bytes.readUInt16LE(offset + 10),
        compressedSize: bytes.readUInt32LE(offset + 20),
        size: bytes.readUInt32LE(offset + 24),
        headerOffset: bytes.readUInt32LE(offset + 42),
      };
    }
    offset += 46 + nameLength + bytes.readUInt16LE(offset + 30) + bytes.readUInt16LE(offset + 32);
  }
  return null;
}

/** The end-of-directory record sits in the last 22 bytes plus a comment of at most 64 KB. */
function findEndOfDirectory(bytes: Buffer): number {
  const earliest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let offset = bytes.length - 22; offset >= earliest; offset--) {
    if (bytes.readUInt32LE(offset) === endOfDirectory) return offset;
  }
  throw damaged();
}

function entryData(bytes: Buffer, entry: EntryRecord): Buffer {
  const header = entry.headerOffset;
  if (header + 30 > bytes.length || bytes.readUInt32LE(header) !== localHeader) throw damaged();
  const start = header + 30 + bytes.readUInt16LE(header + 26) + bytes.readUInt16LE(header + 28);
  if (start + entry.compressedSize > bytes.length) throw damaged();
  return bytes.subarray(start, start + entry.compressedSize);
}

function damaged(cause?: unknown): UnreadableFileError {
  return new UnreadableFileError("documento Word danneggiato o troncato", { cause });
}
