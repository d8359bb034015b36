import { runSteps } from '../engine/slices';
import type { Alias, EntityKind, Mention, Person, RoleDate } from '../types';
import { nameKey } from './name-keys';
import { packing, withPackedMentions, type PackedMentions } from './packed-mentions';
import { rankRoles } from './roles';
import { isVariant, looksMisspelt } from './variants';

/** Everything the corpus links into one person (or organisation, place), before it becomes a card. */
export interface CardParts {
  kind: EntityKind;
  names: Map<string, number>;
  /** Each role as stated, and how many times: a famous person's card is stated a role thousands of times. */
  roles: Array<{ role: StatedRole; n: number }>;
  /** As collected, in any order; or packed, in card order (by path, then offset). */
  mentions: Mention[] | PackedMentions;
}

/** A role as one source states it, with that source's date. */
export interface StatedRole {
  text: string;
  date?: string;
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
  const roles = rankRoles(parts.roles.map(({ role, n }) => [role.text, n]));
  const stated = parts.roles.map((r) => r.role);
  return withPackedMentions(
    { id, name, kind: parts.kind, role: roles[0], roles: roles.slice(1), roleDates: roleDates(roles, stated), aliases },
    inCardOrder(parts.mentions),
  );
}

/** Card order: by path, then offset. */
export const byPlace = (a: Mention, b: Mention): number => (a.path === b.path ? a.start - b.start : a.path < b.path ? -1 : 1);

/** Mentions packed in card order: as collected (see `packing`), or already packed. */
export function inCardOrder(mentions: Mention[] | PackedMentions): PackedMentions {
  return Array.isArray(mentions) ? runSteps(packing(mentions)) : mentions;
}

/** For each chosen role, the latest date among the dated sources that state it (ISO dates compare as strings). */
function roleDates(chosen: string[], stated: StatedRole[]): RoleDate[] {
  const latest = new Map<string, string>();
  for (const { text, date } of stated) {
    const k = text.toLowerCase();
    if (date !== undefined && !(date <= (latest.get(k) ?? ''))) latest.set(k, date);
  }
  return chosen.flatMap((role) => {
    const date = latest.get(role.toLowerCase());
    return date === undefined ? [] : [{ role, date }];
  });
}

export function canonicalName(spellings: Map<string, number>): string {
  const length = (n: string) => n.split(' ').length;
  const names = [...spellings].sort((a, b) => length(b[0]) - length(a[0]) || b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const full = names.filter(([n]) => length(n) === length(names[0][0])).map(([n]) => n);
  const fold = (s: string) => nameKey(s.split(/\s+/));
  return full.find((n) => n.split(' ').every((w) => !looksMisspelt(w, full, fold))) ?? full[0];
}
