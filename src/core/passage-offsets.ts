import type { Passage } from './types';

/** File offset of character `index` of a passage's text. */
export function passageFileOffset(passage: Passage, index: number): number {
  if (!passage.offsets) return passage.start + index;
  return passage.offsets[Math.min(index, passage.offsets.length - 1)];
}
