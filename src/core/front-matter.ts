import { parseDocument } from 'yaml';
import { plainFields } from './plain-fields';
import { lineEnd } from './text-position';

export interface FrontMatter {
  data: Record<string, unknown>;
  /** Offset where the Markdown body starts. */
  bodyStart: number;
  error?: string;
}

/** Real front matter is a few lines; a larger block is skipped (with an error) rather than parsed. */
export const MAX_FRONT_MATTER_CHARS = 64 * 1024;

const OPEN = /^---[ \t]*(?:\r\n?|\n)/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;

/** Reads a leading YAML front matter block. A broken block is skipped and reported, never fatal. */
export function readFrontMatter(text: string): FrontMatter {
  const open = OPEN.exec(text);
  if (!open) return { data: {}, bodyStart: 0 };
  const block = fenced(text, open[0].length);
  if (!block) return { data: {}, bodyStart: 0, error: 'front matter starts with --- but is never closed' };
  const { yaml, bodyStart } = block;
  if (yaml.length > MAX_FRONT_MATTER_CHARS) {
    return {
      data: {},
      bodyStart,
      error: `front matter is ${Math.ceil(yaml.length / 1024)} KB, over the ${MAX_FRONT_MATTER_CHARS / 1024} KB limit; its fields are not read`,
    };
  }
  // Duplicate keys are not searched for: that check is quadratic in the number of keys.
  // YAML counts a lone \r as a line break; the parser does not, so lines are made \n first.
  const lines = yaml.replace(/\r\n?/g, '\n');
  const plain = plainFields(lines);
  if (plain) return { data: plain, bodyStart };
  const doc = parseDocument(lines, { prettyErrors: true, uniqueKeys: false });
  if (doc.errors.length > 0) {
    const first = doc.errors[0];
    const line = (first.linePos?.[0].line ?? 1) + 1;
    return { data: {}, bodyStart, error: `broken front matter at line ${line}: ${first.message.split('\n')[0]}` };
  }
  const data: unknown = doc.toJS();
  if (data === null || data === undefined) return { data: {}, bodyStart };
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { data: {}, bodyStart, error: 'front matter is not a mapping of fields' };
  }
  return { data: data as Record<string, unknown>, bodyStart };
}

/** The YAML between the opening fence and the first `---` or `...` line, found in one pass. */
function fenced(text: string, from: number): { yaml: string; bodyStart: number } | undefined {
  let start = from;
  let yamlEnd = from;
  while (start <= text.length) {
    const { end, next } = lineEnd(text, start);
    if (CLOSE.test(text.slice(start, end))) return { yaml: text.slice(from, yamlEnd), bodyStart: Math.min(next, text.length) };
    yamlEnd = end;
    start = next;
  }
  return undefined;
}
