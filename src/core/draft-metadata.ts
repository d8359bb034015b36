import { readFrontMatter } from './front-matter';

/** What pandoc reads from a draft's front matter for citations. */
export interface CitationMetadata {
  /** `bibliography:` as pandoc takes it: one file or a list of files, relative to the draft. */
  bibliographies: string[];
  /** `csl:`, the style file. */
  csl?: string;
}

export function citationMetadata(text: string): CitationMetadata {
  const { data } = readFrontMatter(text);
  const list = Array.isArray(data.bibliography) ? data.bibliography : [data.bibliography];
  const bibliographies = list.filter((b): b is string => typeof b === 'string' && b.trim() !== '').map((b) => b.trim());
  return typeof data.csl === 'string' && data.csl.trim() ? { bibliographies, csl: data.csl.trim() } : { bibliographies };
}
