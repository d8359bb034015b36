import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { NOT_REGULAR } from '../core/file-rules';

/**
 * A regular file's bytes, at most `maxBytes + 1` of them (so a file that grew past the cap still
 * reads as too large). Opened without blocking, and without following a link unless `follow`, and
 * checked on the open descriptor: a pipe or a device is not read, nor a file swapped for one
 * after a stat.
 */
export function readCapped(path: string, maxBytes: number, follow = false): Uint8Array {
  const fd = openSync(path, flags(follow));
  try {
    const buffer = bufferFor(fstatSync(fd), maxBytes);
    let length = 0;
    for (let n = 1; n > 0 && length < buffer.length; length += n) n = readSync(fd, buffer, length, buffer.length - length, null);
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

/** `readCapped` in the thread pool, for a disk where reads are slow. */
export async function readCappedLater(path: string, maxBytes: number, follow = false): Promise<Uint8Array> {
  const file = await open(path, flags(follow));
  try {
    const buffer = bufferFor(await file.stat(), maxBytes);
    return buffer.subarray(0, await readInto(file, buffer, 0));
  } finally {
    await file.close();
  }
}

/** Fills `buffer` from the file's byte `at`, or as much of it as the file has: how many bytes it read. */
export async function readInto(file: FileHandle, buffer: Uint8Array, at: number): Promise<number> {
  let done = 0;
  for (let n = -1; n !== 0 && done < buffer.length; done += n) n = (await file.read(buffer, done, buffer.length - done, at + done)).bytesRead;
  return done;
}

function flags(follow: boolean): number {
  return constants.O_RDONLY | (follow ? 0 : constants.O_NOFOLLOW) | constants.O_NONBLOCK;
}

function bufferFor(stat: Stats, maxBytes: number): Buffer {
  if (!stat.isFile()) throw new Error(NOT_REGULAR);
  return Buffer.alloc(Math.min(stat.size, maxBytes) + 1);
}
