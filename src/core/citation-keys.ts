import { unreadBody } from './engine/cached-body';
import { runSteps } from './engine/slices';
import { outletKey } from './agencies';
import type { ParsedSource } from './parse-source';
import { findNames, PERSON_SCORE } from './name-finder';
import { isSurnameFirst } from './name-lexicon';
import { MAX_KEY_LENGTH } from './key-rule';
import { foldText } from './text-fold';

const STOP = new Set(['the', 'a', 'an', 'in', 'on', 'of', 'for', 'to', 'and', 'at', 'by', 'with', 'from', 'as', 'is', 'are', 'was', 'after', 'over', 'new']);

export function slug(text: string): string {
  return foldText(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function outletSlug(outlet: string): string {
  return (
    outletKey(outlet) ??
    slug(outlet.replace(/^the\s+/i, ''))
      .split('-')
      .slice(0, 2)
      .join('-')
  );
}

/** The word a key names the story by: the first person in the title or lead, else a title word. */
function subjectWord(source: ParsedSource): string | undefined {
  const texts = [source.meta.title ?? '', source.passages.find((p) => p.kind === 'body')?.sentences[0]?.text ?? ''];
  for (const text of texts) {
    const person = findNames(text).find((c) => c.kind === 'unknown' && c.score >= PERSON_SCORE);
    if (person) {
      const { words } = person;
      return slug(words.length > 1 && isSurnameFirst(words[0]) ? words[0] : words[words.length - 1]);
    }
  }
  const titleWord = (source.meta.title ?? '')
    .split(/\s+/)
    .map(slug)
    .find((w) => w.length > 2 && !STOP.has(w));
  return titleWord;
}

function fileStem(path: string): string {
  return slug(path.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '')) || 'source';
}

/** `ap-2024-11-29-belousov`: outlet, date and subject; a valid front matter `key` wins. */
export function proposeKey(source: ParsedSource): string {
  if (source.declaredKey) return source.declaredKey;
  return capKey(generatedKey(source));
}

function capKey(key: string, room = MAX_KEY_LENGTH): string {
  if (key.length <= room) return key;
  const cut = /[\ud800-\udbff]/.test(key[room - 1]) ? room - 1 : room;
  return key.slice(0, cut).replace(/-+$/, '');
}

function suffixed(base: string, n: number): string {
  const suffix = `-${n}`;
  return `${capKey(base, MAX_KEY_LENGTH - suffix.length)}${suffix}`;
}

function generatedKey(source: ParsedSource): string {
  const parts = [source.meta.outlet ? outletSlug(source.meta.outlet) : '', slug(source.meta.date ?? ''), subjectWord(source) ?? ''];
  const filled = parts.filter(Boolean);
  if (filled.length === 0) return fileStem(source.path);
  if (filled.length === 1)
    filled.push(
      ...slug(source.meta.title ?? '')
        .split('-')
        .filter((w) => w && !STOP.has(w) && w !== filled[0])
        .slice(0, 2),
    );
  return filled.join('-');
}

/** Sources in path order: keys, and every list of sources, do not depend on the order files were read in. */
export function bySourcePath(a: { path: string }, b: { path: string }): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

const CLASH = 'citation key clash: ';

/**
 * Gives every source a unique key; keys do not move between runs. Generated keys that clash are
 * settled by path order (`…-2`). A declared key that clashes with any other source's key goes
 * to none of them, and each is told: a clipping cannot take over a real source's key.
 */
export function assignKeys(sources: ParsedSource[], propose: (source: ParsedSource) => string = proposeKey): void {
  runSteps(assigningKeys(sources, propose));
}

/** `assignKeys`, one source a step, for a caller that works in slices. */
export function* assigningKeys(sources: ParsedSource[], propose: (source: ParsedSource) => string = proposeKey): Generator<void, void> {
  const byPath = [...sources].sort(bySourcePath);
  const groups = new Map<string, ParsedSource[]>();
  for (const source of byPath) {
    const base = propose(source);
    const group = groups.get(base);
    if (group) group.push(source);
    else groups.set(base, [source]);
  }
  const used = new Set<string>();
  const free = (key: string) => !used.has(key) && !groups.has(key);
  for (const [base, group] of groups) {
    const contested = group.length > 1 && group.some((s) => s.declaredKey === base);
    for (const [i, source] of group.entries()) {
      let key = base;
      if (contested || i > 0) for (let n = 2; !free((key = suffixed(base, n))); n++);
      used.add(key);
      setKey(source, key);
      source.errors = source.errors.filter((e) => !e.startsWith(CLASH));
      if (contested)
        source.errors.push(
          clashError(
            base,
            key,
            group.filter((s) => s !== source),
          ),
        );
      yield;
    }
  }
}

function clashError(base: string, key: string, others: ParsedSource[]): string {
  const names = others.map((s) => s.path.replace(/^.*[\\/]/, '')).join(', ');
  return `${CLASH}"${base}" is also the key of ${names}; no source gets it until one is renamed, and this one is @${key} for now`;
}

function setKey(source: ParsedSource, key: string): void {
  // Passages are given their ids with the key: the same key, the same ids (a cached source's passages stay unread).
  if (source.key === key) return;
  source.key = key;
  // An unread cached body gives its passages the ids of the key it has when read.
  if (unreadBody(source)) return;
  source.passages.forEach((p, i) => {
    p.id = `${key}#${i + 1}`;
    p.sourceKey = key;
  });
}
