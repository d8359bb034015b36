import { isHeadTitle, isHonorific, isStyle } from '../name-lexicon';

/**
 * The most specific role the sources give: an office (`Palestinian President`) over a generic
 * noun (`leader`), then the role most sources give, longer wordings winning ties; roles inside a chosen one are
 * dropped (but not a post inside its `former` wording), and an honorific alone (`Mr.`) is no role.
 */
export function rankRoles(roles: ReadonlyArray<readonly [text: string, times: number]>): string[] {
  const counts = new Map<string, { text: string; n: number }>();
  for (const [r, times] of roles) {
    if (r.split(/\s+/).every(isHonorific)) continue;
    const k = r.toLowerCase();
    const e = counts.get(k) ?? { text: r, n: 0 };
    e.n += times;
    counts.set(k, e);
  }
  for (const [k, e] of counts) {
    for (const [k2, e2] of counts) if (k2 !== k && within(k, k2)) e2.n += e.n;
  }
  const ordered = [...counts.entries()].sort(
    (a, b) => office(b[1].text) - office(a[1].text) || b[1].n - a[1].n || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1),
  );
  const chosen: string[] = [];
  for (const [k, e] of ordered) if (!chosen.some((c) => within(k, c.toLowerCase()))) chosen.push(e.text);
  return chosen;
}

const PAST = /^(?:former|then|ex)\b/;

/** `minister` is within `foreign minister`; `Prime Minister` is not within `former Prime Minister`: a post held then and one left since are both kept. */
function within(role: string, other: string): boolean {
  return other.includes(role) && PAST.test(role) === PAST.test(other);
}

/** 1 when the role names an office by a capitalised title (`Prime Minister`, `Governor`), else 0. */
function office(role: string): number {
  return role.split(' ').some((w) => /^\p{Lu}/u.test(w) && isHeadTitle(w) && !isStyle(w)) ? 1 : 0;
}
