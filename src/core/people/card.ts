import type { Alias, EntityKind, Mention, Person } from '../types';
import { nameKey } from './name-keys';
import { rankRoles } from './roles';
import { isVariant, looksMisspelt } from './variants';

/** Everything the corpus links into one person (or organisation, place), before it becomes a card. */
export interface CardParts {
  kind: EntityKind;
  names: Map<string, number>;
  roles: string[];
  mentions: Mention[];
}

/** The card: the canonical name (the fullest, most used spelling that is not a typo), its aliases, the ranked roles. */
export function toPerson(id: string, parts: CardParts): Person {
  const name = canonicalName(parts.names);
  const fold = (s: string) => nameKey(s.split(/\s+/));
  const aliases: Alias[] = [...parts.names]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([n]) => n)
    .filter((n) => n !== name)
    .map((n) => ({ text: n, kind: isVariant(n, name, fold) ? 'variant' : 'misspelling' }));
  const roles = rankRoles(parts.roles);
  const mentions = [...parts.mentions].sort((a, b) => (a.path === b.path ? a.start - b.start : a.path < b.path ? -1 : 1));
  return { id, name, kind: parts.kind, role: roles[0], roles: roles.slice(1), aliases, mentions };
}

export function canonicalName(spellings: Map<string, number>): string {
  const length = (n: string) => n.split(' ').length;
  const names = [...spellings].sort((a, b) => length(b[0]) - length(a[0]) || b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const full = names.filter(([n]) => length(n) === length(names[0][0])).map(([n]) => n);
  const fold = (s: string) => nameKey(s.split(/\s+/));
  return full.find((n) => n.split(' ').every((w) => !looksMisspelt(w, full, fold))) ?? full[0];
}
