/** Turns raw bytes into text, or explains why it cannot. */
import { MAX_SOURCE_BYTES, tooLarge } from './file-rules';

export { MAX_SOURCE_BYTES };

export type Decoded = { text: string } | { error: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function decodeSource(bytes: Uint8Array, maxBytes = MAX_SOURCE_BYTES, what: 'source' | 'bibliography' = 'source'): Decoded {
  if (bytes.length === 0) return { error: 'empty file' };
  if (bytes.length > maxBytes) return { error: tooLarge(bytes.length, maxBytes, what) };
  const utf16 = utf16Of(bytes);
  let text: string;
  if (utf16) {
    try {
      text = new TextDecoder(utf16, { fatal: true }).decode(bytes);
    } catch {
      return { error: `invalid ${utf16.toUpperCase()} text` };
    }
    if (text.includes('\0')) return { error: 'binary file, not text (it holds a NUL character)' };
  } else {
    const nul = bytes.indexOf(0);
    if (nul >= 0) return { error: nul < 8192 ? 'binary file, not text' : `binary file, not text (a NUL byte at byte ${nul})` };
    try {
      text = utf8.decode(bytes);
    } catch {
      return { error: `invalid UTF-8 at byte ${firstInvalidUtf8(bytes)}` };
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') return { error: 'file holds only whitespace' };
  return { text };
}

/** UTF-16 is read only with its byte order mark: without one, its NUL bytes make it binary. */
function utf16Of(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i];
    const need = b < 0x80 ? 0 : b >> 5 === 6 ? 1 : b >> 4 === 14 ? 2 : b >> 3 === 30 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (bytes[i + k] === undefined || bytes[i + k] >> 6 !== 2) return i;
    i += need + 1;
  }
  return 0;
}
