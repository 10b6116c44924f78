/**
 * A Word file's size checked before anything unpacks it: the ZIP central directory lists every part
 * with its unpacked size, so a 211 KB file that unpacks to two million empty paragraphs is refused
 * in a millisecond instead of after mammoth has built all of them (82 s and 4.4 GB on the command
 * line, 111 s of a frozen page in the browser). Sizes a part declares can lie; this stops the
 * zip bombs that do not bother, which are all of those seen.
 */
import { unzipSync } from 'fflate';

export interface ZipLimits {
  /** Most parts a package may have (a resolution's .docx has about 15). */
  entries: number;
  /** Largest unpacked size of word/document.xml (Resolution 75's is about 150 KB). */
  documentXml: number;
  /** Largest unpacked size of any one part, and of all parts together. */
  entry: number;
  total: number;
  /** Largest packed-to-unpacked ratio of a part over 1 MB unpacked. */
  ratio: number;
  /** Most paragraphs in word/document.xml (Resolution 75 has about 80; mammoth builds each one). */
  paragraphs: number;
}

export const defaultZipLimits: ZipLimits = {
  entries: 2000,
  documentXml: 8 * 2 ** 20,
  entry: 32 * 2 ** 20,
  total: 64 * 2 ** 20,
  ratio: 100,
  paragraphs: 20_000,
};

const MB = (n: number) => `${(n / 2 ** 20).toFixed(1)} MB`;

/** Why the package must not be unpacked, or null. */
export function zipProblem(bytes: Uint8Array, limits: ZipLimits = defaultZipLimits): string | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return 'it has no ZIP directory (the file is cut off or is not a Word file)';
  const count = view.getUint16(end + 10, true);
  const size = view.getUint32(end + 12, true);
  const start = view.getUint32(end + 16, true);
  if (count === 0xffff || start === 0xffffffff)
    return 'it is a ZIP64 package, far larger than any Word document of a resolution';
  if (count > limits.entries)
    return `it has ${count} parts; a Word document has a few dozen (at most ${limits.entries} are read)`;
  if (start + size > bytes.length) return 'its ZIP directory points outside the file (the file is cut off or corrupt)';
  let total = 0;
  for (let at = start, n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return 'its ZIP directory is corrupt';
    const packed = view.getUint32(at + 20, true);
    const unpacked = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    total += unpacked;
    if (name === 'word/document.xml' && unpacked > limits.documentXml) {
      return `its text (word/document.xml) unpacks to ${MB(unpacked)}; the limit is ${MB(limits.documentXml)} (a resolution's is well under 1 MB)`;
    }
    if (unpacked > limits.entry) return `its part ${name} unpacks to ${MB(unpacked)}; the limit is ${MB(limits.entry)}`;
    if (unpacked > 2 ** 20 && unpacked > packed * limits.ratio)
      return `its part ${name} unpacks ${Math.round(unpacked / Math.max(1, packed))} times larger than it is packed, as a zip bomb does`;
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  if (total > limits.total) return `it unpacks to ${MB(total)} in all; the limit is ${MB(limits.total)}`;
  return null;
}

/**
 * Paragraphs counted before conversion: word/document.xml (already within its size limit) is unpacked
 * alone and its `<w:p>` elements counted, so a text of hundreds of thousands of empty paragraphs —
 * under the size limit, yet a minute of mammoth's work — is refused at once.
 */
export function paragraphProblem(bytes: Uint8Array, limits: ZipLimits = defaultZipLimits): string | null {
  let xml: Uint8Array | undefined;
  try {
    xml = unzipSync(bytes, { filter: (f) => f.name === 'word/document.xml' })['word/document.xml'];
  } catch {
    return null; // not readable as a ZIP here: mammoth will say so in its own words
  }
  if (!xml) return 'it has no text part (word/document.xml): it is not a Word document';
  let count = 0;
  // '<w:p>' or '<w:p ' or '<w:p/>': bytes 3C 77 3A 70 then '>', ' ' or '/'.
  for (let i = xml.indexOf(0x3c); i >= 0 && i + 4 < xml.length; i = xml.indexOf(0x3c, i + 1)) {
    if (
      xml[i + 1] === 0x77 &&
      xml[i + 2] === 0x3a &&
      xml[i + 3] === 0x70 &&
      (xml[i + 4] === 0x3e || xml[i + 4] === 0x20 || xml[i + 4] === 0x2f)
    ) {
      if (++count > limits.paragraphs)
        return `its text has more than ${limits.paragraphs.toLocaleString('en')} paragraphs (a resolution has a few hundred at most)`;
    }
  }
  return null;
}
