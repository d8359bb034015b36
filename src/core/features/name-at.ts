import { readDraft } from '../checks/draft-text';
import type { GroundworkIndex } from '../groundwork-index';
import type { Person } from '../types';

/** A known name in a draft: the person and the name's [start, end) offsets. */
export interface NameSpan {
  person: Person;
  start: number;
  end: number;
}

/**
 * The known name at `offset` in a Markdown draft, matched as the checks match names: over the
 * paragraph's prose, so a name wrapped onto the next line is still one name.
 */
export function nameAt(index: GroundworkIndex, text: string, offset: number): NameSpan | undefined {
  const draft = readDraft(text);
  const paragraph = draft.paragraphs.find((p) => p.start <= offset && offset <= p.end);
  if (!paragraph) return undefined;
  for (const hit of index.matchNames(draft.prose.slice(paragraph.start, paragraph.end))) {
    const start = paragraph.start + hit.start;
    const end = paragraph.start + hit.end;
    if (start <= offset && offset <= end) return { person: hit.value, start, end };
  }
  return undefined;
}
