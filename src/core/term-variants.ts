/** What a slip of one key can replace or add: folded letters and digits. */
const KEYS = 'abcdefghijklmnopqrstuvwxyz0123456789';
/** Longer terms are not varied: a slip there leaves a long prefix to expand. */
const LONGEST = 24;

/** The known terms one slip away (a letter missing, extra, wrong or swapped): `tmes` finds `times`, `stellite` finds `satellite`. */
export function nearTerms(term: string, known: (term: string) => boolean): string[] {
  if (term.length > LONGEST) return [];
  const found = new Set<string>();
  const keys = KEYS + [...new Set(term)].filter((c) => !KEYS.includes(c)).join('');
  const tryTerm = (t: string) => {
    if (t !== term && known(t)) found.add(t);
  };
  for (let i = 0; i <= term.length; i++) {
    const [head, tail] = [term.slice(0, i), term.slice(i)];
    for (const key of keys) tryTerm(head + key + tail);
    if (i === term.length) break;
    tryTerm(head + tail.slice(1));
    for (const key of keys) tryTerm(head + key + tail.slice(1));
    if (i + 1 < term.length) tryTerm(head + tail[1] + tail[0] + tail.slice(2));
  }
  return [...found];
}

/** Two known terms run together (`generalsaid`), or one beside a word too short to be a term (`alasting`). */
export function splitTerm(term: string, known: (term: string) => boolean): string[] {
  let beside: string[] = [];
  for (let i = 1; i < term.length; i++) {
    const [head, tail] = [term.slice(0, i), term.slice(i)];
    const [knownHead, knownTail] = [known(head), known(tail)];
    if (knownHead && knownTail) return [head, tail];
    if (beside.length === 0 && knownHead && tail.length < 3) beside = [head];
    if (beside.length === 0 && knownTail && head.length < 3) beside = [tail];
  }
  return beside;
}
