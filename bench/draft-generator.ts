import type { Random } from './random';
import { ADJECTIVES, NOUNS, TOPICS } from './vocabulary';

export interface DraftMaterial {
  names: string[];
  quotes: Array<{ text: string; key: string }>;
}

/** A Markdown draft of about `words` words that names corpus people, quotes their sentences and cites keys. */
export function generateDraft(rng: Random, material: DraftMaterial, words = 3000): string {
  const paragraphs: string[] = ['# What the archive says', ''];
  let count = 0;
  while (count < words) {
    const parts: string[] = [];
    for (let i = rng.int(3, 5); i > 0; i--) {
      const kind = rng.int(0, 3);
      if (kind === 0 && material.quotes.length) {
        const q = rng.pick(material.quotes);
        // Some quotes are altered, as drafts drift from their sources.
        const text = rng.chance(0.2) ? q.text.replace(/\b(\w{5,})\b/, 'reportedly') : q.text;
        parts.push(`As one report put it, “${text}” [@${q.key}]`);
      } else if (kind === 1 && material.names.length) {
        parts.push(
          `${rng.pick(material.names)} has said little in public about ${rng.pick(TOPICS)}, and ${rng.pick(NOUNS)} expect a ${rng.pick(ADJECTIVES)} response.`,
        );
      } else {
        parts.push(
          `The ${rng.pick(ADJECTIVES)} debate over ${rng.pick(TOPICS)} has drawn ${rng.pick(NOUNS)} and ${rng.pick(NOUNS)} into a long argument about ${rng.pick(TOPICS)}.`,
        );
      }
    }
    const p = parts.join(' ');
    count += p.split(/\s+/).length;
    paragraphs.push(p, '');
  }
  return paragraphs.join('\n');
}
