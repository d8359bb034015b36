import { isHonorific } from '../name-lexicon';

/**
 * The role most sources give, longer wordings winning ties; roles inside a chosen one are
 * dropped, and an honorific alone (`Mr.`) is no role.
 */
export function rankRoles(roles: string[]): string[] {
  const counts = new Map<string, { text: string; n: number }>();
  for (const r of roles) {
    if (r.split(/\s+/).every(isHonorific)) continue;
    const k = r.toLowerCase();
    const e = counts.get(k) ?? { text: r, n: 0 };
    e.n++;
    counts.set(k, e);
  }
  for (const [k, e] of counts) {
    for (const [k2, e2] of counts) if (k2 !== k && k2.includes(k)) e2.n += e.n;
  }
  const ordered = [...counts.entries()].sort((a, b) => b[1].n - a[1].n || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1));
  const chosen: string[] = [];
  for (const [k, e] of ordered) if (!chosen.some((c) => c.toLowerCase().includes(k))) chosen.push(e.text);
  return chosen;
}
