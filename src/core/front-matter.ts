import { parseDocument } from 'yaml';

export interface FrontMatter {
  data: Record<string, unknown>;
  /** Offset where the Markdown body starts. */
  bodyStart: number;
  error?: string;
}

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/** Reads a leading YAML front matter block. A broken block is skipped and reported, never fatal. */
export function readFrontMatter(text: string): FrontMatter {
  const match = FENCE.exec(text);
  if (!match) {
    if (/^---[ \t]*\r?\n/.test(text)) return { data: {}, bodyStart: 0, error: 'front matter starts with --- but is never closed' };
    return { data: {}, bodyStart: 0 };
  }
  const bodyStart = match[0].length;
  const doc = parseDocument(match[1], { prettyErrors: true });
  if (doc.errors.length > 0) {
    const first = doc.errors[0];
    const line = (first.linePos?.[0].line ?? 1) + 1;
    return { data: {}, bodyStart, error: `broken front matter at line ${line}: ${first.message.split('\n')[0]}` };
  }
  const data = doc.toJS();
  if (data === null || data === undefined) return { data: {}, bodyStart };
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { data: {}, bodyStart, error: 'front matter is not a mapping of fields' };
  }
  return { data: data as Record<string, unknown>, bodyStart };
}
