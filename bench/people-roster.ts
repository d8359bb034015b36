import { COUNTRIES, FIRST_NAMES, OFFICES, PLAIN_ROLES, SURNAME_COUNT, surname } from './vocabulary';

/** A generated person: one canonical spelling, maybe an accepted variant, and a role. */
export interface RosterPerson {
  first: string;
  variant?: string;
  last: string;
  role: string;
}

/** `count` distinct people, the same for the same count. */
export function makeRoster(count: number): RosterPerson[] {
  const people: RosterPerson[] = [];
  for (let i = 0; i < count; i++) {
    const [first, variant] = FIRST_NAMES[(i * 7 + Math.floor(i / SURNAME_COUNT)) % FIRST_NAMES.length];
    const role = i % 5 === 4 ? PLAIN_ROLES[i % PLAIN_ROLES.length] : `${COUNTRIES[(i * 3) % COUNTRIES.length]} ${OFFICES[(i * 11) % OFFICES.length]}`;
    people.push({ first, variant, last: surname((i * 2654435761) % SURNAME_COUNT), role });
  }
  return people;
}

export const fullName = (p: RosterPerson) => `${p.first} ${p.last}`;
