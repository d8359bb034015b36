import { fullName, type RosterPerson } from './people-roster';
import { Random } from './random';
import { TOPICS } from './vocabulary';

/** Draft lines naming a person (as a writer would type them) with the name's offset, for hover. */
export function hoverLines(rng: Random, roster: RosterPerson[], count: number): Array<{ line: string; at: number; name: string }> {
  return Array.from({ length: count }, () => {
    const p = roster[rng.zipf(roster.length)];
    const name = rng.chance(0.3) ? p.last : p.variant && rng.chance(0.2) ? `${p.variant} ${p.last}` : fullName(p);
    const lead = `On ${rng.pick(['Tuesday', 'Friday'])} `;
    return { line: `${lead}${name} spoke to reporters about ${rng.pick(TOPICS)}.`, at: lead.length + 1, name };
  });
}

/** What a writer has typed of a name when completion opens: 2–5 characters of a first name or surname. */
export function completionPrefixes(rng: Random, roster: RosterPerson[], count: number): string[] {
  return Array.from({ length: count }, () => {
    const p = roster[rng.zipf(roster.length)];
    const word = rng.chance(0.5) ? p.first : p.last;
    return word.slice(0, rng.int(2, Math.min(5, word.length)));
  });
}

/** Picker queries: a few words remembered from a passage, sometimes with a slip. */
export function pickerQueries(rng: Random, passages: string[], count: number): string[] {
  return Array.from({ length: count }, () => {
    const words = rng.pick(passages).split(/\s+/);
    const from = rng.int(0, Math.max(0, words.length - 4));
    let q = words
      .slice(from, from + rng.int(2, 4))
      .join(' ')
      .replace(/[.,“”"]/g, '');
    if (rng.chance(0.2) && q.length > 6) {
      const i = rng.int(1, q.length - 2);
      q = q.slice(0, i) + q.slice(i + 1);
    }
    return q;
  });
}
