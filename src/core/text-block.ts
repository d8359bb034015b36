import { lineEnd } from './text-position';

/**
 * A run of source text that the parsers hand to the passage builder: a line of
 * wire copy, or the text of an HTML element. `map` (HTML only) gives the file
 * offset of each character; without it the block is a verbatim slice of the file.
 */
export interface TextBlock {
  text: string;
  start: number;
  map?: Int32Array;
  hint?: 'title' | 'caption' | 'heading';
  /** True when a blank line (or a block boundary) precedes this block. */
  breakBefore: boolean;
}

export function fileOffset(block: TextBlock, index: number): number {
  if (!block.map) return block.start + index;
  return index >= block.text.length ? block.map[block.text.length] : block.map[index];
}

/** Cuts `count` characters from the start of a block (a marker, a dateline, Markdown syntax). */
export function dropPrefix(block: TextBlock, count: number): TextBlock {
  const lead = block.text.slice(count).length - block.text.slice(count).trimStart().length;
  const cut = count + lead;
  return {
    ...block,
    text: block.text.slice(cut),
    start: fileOffset(block, cut),
    map: block.map?.subarray(cut),
  };
}

export function dropSuffix(block: TextBlock, keep: number): TextBlock {
  const text = block.text.slice(0, keep).trimEnd();
  return { ...block, text, map: block.map?.subarray(0, text.length + 1) };
}

/** Splits plain text into one block per non-empty line (`\r\n`, `\r` or `\n`), with exact offsets. */
export function linesOf(text: string, from = 0): TextBlock[] {
  const blocks: TextBlock[] = [];
  let blank = true;
  let start = from;
  while (start <= text.length) {
    const { end, next } = lineEnd(text, start);
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body) {
      blocks.push({ text: body, start: start + lead, breakBefore: blank });
      blank = false;
    } else {
      blank = true;
    }
    start = next;
  }
  return blocks;
}
