import { CITATION, footnoteDefinition } from '../citations';
import type { GroundworkIndex } from '../groundwork-index';
import { editDistance } from '../people';
import { appendDefinition } from './draft-edits';
import type { DraftText } from './draft-text';
import type { Finding, Fix } from './types';

type Draft = Omit<Finding, 'severity'>;

const DEFINITION = /^[ \t]{0,3}\[\^([^\]\s]+)\]:/gm;

/** `[@key]` with no source or bibliography entry, `[^key]` with no footnote definition. */
export function checkCitations(index: GroundworkIndex, draft: DraftText, extraKeys: ReadonlySet<string>): Draft[] {
  const defined = new Set([...draft.text.matchAll(DEFINITION)].map((m) => m[1]));
  const keys = [...index.sources.map((s) => s.key), ...extraKeys];
  const findings: Draft[] = [];
  for (const m of draft.prose.matchAll(CITATION)) {
    const pandocKey = m[1];
    if (pandocKey !== undefined) {
      if (index.source(pandocKey) || extraKeys.has(pandocKey)) continue;
      const start = m.index + 1;
      findings.push({
        rule: 'unknown-citation',
        message: `No source or bibliography entry has the key @${pandocKey}.${bracketed(draft.prose, m.index) ? '' : ' (For a literal @, write \\@.)'}`,
        start: m.index,
        end: start + pandocKey.length,
        fixes: closest(pandocKey, keys).map((key, i) => replaceWith(`@${key}`, start - 1, start + pandocKey.length, i === 0)),
      });
      continue;
    }
    const label = m[2];
    if (defined.has(label)) continue;
    const source = index.source(label);
    const fixes: Fix[] = source ? [addDefinition(draft.text, footnoteDefinition(source))] : [];
    for (const key of closest(label, [...defined, ...keys])) fixes.push(replaceWith(`[^${key}]`, m.index, m.index + m[0].length, fixes.length === 0));
    findings.push({
      rule: 'unknown-citation',
      message: source ? `Footnote [^${label}] has no definition.` : `Footnote [^${label}] has no definition and no source has the key ${label}.`,
      start: m.index,
      end: m.index + m[0].length,
      fixes,
    });
  }
  return findings;
}

/** Up to three keys within a few edits, closest first. */
function closest(key: string, keys: string[]): string[] {
  const budget = Math.max(2, Math.floor(key.length / 3));
  return [...new Set(keys)]
    .filter((k) => k !== key && Math.abs(k.length - key.length) <= budget)
    .map((k) => ({ k, d: editDistance(k, key) }))
    .filter((x) => x.d <= budget)
    .sort((a, b) => a.d - b.d || a.k.localeCompare(b.k))
    .slice(0, 3)
    .map((x) => x.k);
}

function replaceWith(text: string, start: number, end: number, preferred: boolean): Fix {
  return { title: `Change to ${text}`, edits: [{ start, end, text }], preferred };
}

function addDefinition(text: string, definition: string): Fix {
  return { title: 'Add the footnote definition from the source', edits: [appendDefinition(text, definition)], preferred: true };
}

function bracketed(prose: string, at: number): boolean {
  const open = prose.lastIndexOf('[', at);
  return open >= 0 && !prose.slice(open, at).includes(']') && prose.indexOf(']', at) > at;
}
