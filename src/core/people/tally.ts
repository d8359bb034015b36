import type { Mention, Person } from '../types';
import type { StatedRole } from './card';
import type { PackedMentions } from './packed-mentions';

/** What a card is collected from, kept so that a change to a few sources patches it instead of reading every mention again. */
export interface Tally {
  /** The holder keys it is collected from; when they change, it is collected afresh. */
  from: string;
  names: Map<string, number>;
  roles: Map<string, { role: StatedRole; n: number }>;
  /** As collected (in any order), or packed in card order once patched; once the card is made, they are the card's own. */
  mentions?: Mention[] | PackedMentions;
  card?: Person;
  /** The surname alias the card was given (see `addSurname`). */
  surname?: string;
}

/**
 * A card's tally less its mentions (which are the card's), as a snapshot keeps it: flat lists of
 * plain values, so a warm start that takes back thousands makes a few objects a card, not a few a
 * role. `names` is name, count, name, count…; `roles` is the role's place in `texts`, the
 * stating source's date ('' for none) and the count, a role after another.
 */
export interface TallyState {
  from: string;
  names: Array<string | number>;
  texts: string[];
  roles: Array<string | number>;
  surname?: string;
}

/** A role's key in a tally: its text and the date of the sources stating it. */
export function roleKey(text: string, date: string | undefined): string {
  return `${text}\u0000${date ?? ''}`;
}

export function savedTally(t: Tally): TallyState {
  const texts = new Map<string, number>();
  const roles: Array<string | number> = [];
  for (const { role, n } of t.roles.values()) {
    let at = texts.get(role.text);
    if (at === undefined) texts.set(role.text, (at = texts.size));
    roles.push(at, role.date ?? '', n);
  }
  const state: TallyState = { from: t.from, names: [...t.names].flat(), texts: [...texts.keys()], roles };
  if (t.surname !== undefined) state.surname = t.surname;
  return state;
}

/** The tally of a saved one and the card it was saved with; undefined when the saved one does not read (it is then collected afresh). */
export function takenBack(state: TallyState, card: Person): Tally | undefined {
  const { from, names, texts, roles, surname } = state;
  if (typeof from !== 'string' || !Array.isArray(names) || !Array.isArray(texts) || !Array.isArray(roles) || names.length % 2 || roles.length % 3)
    return undefined;
  const tally: Tally = { from, names: new Map(), roles: new Map(), card, surname };
  for (let i = 0; i < names.length; i += 2) {
    const [name, n] = [names[i], names[i + 1]];
    if (typeof name !== 'string' || typeof n !== 'number') return undefined;
    tally.names.set(name, n);
  }
  for (let i = 0; i < roles.length; i += 3) {
    const [text, date, n] = [texts[roles[i] as number], roles[i + 1], roles[i + 2]];
    if (typeof text !== 'string' || typeof date !== 'string' || typeof n !== 'number') return undefined;
    tally.roles.set(roleKey(text, date), { role: date ? { text, date } : { text }, n });
  }
  return tally;
}
