import type { TextEdit } from './types';

/** An edit that adds a footnote definition at the end of a draft, after one blank line. */
export function appendDefinition(text: string, definition: string): TextEdit {
  const end = text.length;
  const gap = text.endsWith('\n\n') ? '' : text.endsWith('\n') ? '\n' : '\n\n';
  return { start: end, end, text: `${gap}${definition}\n` };
}
