/** Turns raw bytes into text, or explains why it cannot. */

export const MAX_SOURCE_BYTES = 5 * 1024 * 1024;

export type Decoded = { text: string } | { error: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function decodeSource(bytes: Uint8Array, maxBytes = MAX_SOURCE_BYTES): Decoded {
  if (bytes.length === 0) return { error: 'empty file' };
  if (bytes.length > maxBytes) {
    return { error: `file is ${formatSize(bytes.length)}, over the ${formatSize(maxBytes)} limit for a source` };
  }
  if (looksBinary(bytes)) return { error: 'binary file, not text' };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { error: `invalid UTF-8 at byte ${firstInvalidUtf8(bytes)}` };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') return { error: 'file holds only whitespace' };
  return { text };
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  return sample.includes(0);
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    const need = b < 0x80 ? 0 : b >> 5 === 6 ? 1 : b >> 4 === 14 ? 2 : b >> 3 === 30 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (bytes[i + k] === undefined || bytes[i + k] >> 6 !== 2) return i;
    i += need + 1;
  }
  return 0;
}

function formatSize(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
}
