import { displayTitle } from '../citations';
import type { GroundworkIndex } from '../groundwork-index';
import type { Passage, Source } from '../types';

/** One choice of the Insert Citation picker: a source, or one of its passages. */
export interface PickerEntry {
  label: string;
  description: string;
  detail: string;
  source: Source;
  passage?: Passage;
}

/** Every source with text, each followed by its passages; a passage's whole text is its label, so every word of it can be searched. */
export function citationPickerEntries(index: GroundworkIndex): PickerEntry[] {
  const out: PickerEntry[] = [];
  for (const source of index.sources) {
    if (source.passages.length === 0) continue;
    const facts = [source.meta.outlet, source.meta.date].filter(Boolean).join(', ');
    out.push({ label: displayTitle(source), description: `@${source.key}`, detail: facts, source });
    for (const passage of source.passages)
      out.push({ label: passage.text, description: `@${source.key}`, detail: `${facts} · line ${passage.line}`, source, passage });
  }
  return out;
}
