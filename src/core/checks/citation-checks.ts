import { footnoteDefinition } from '../citations';
import type { GroundworkIndex } from '../groundwork-index';
import { editDistance } from '../edit-distance';
import type { Citation, FootnoteRef } from '../pandoc-citations';
import { appendDefinition } from './draft-edits';
import type { DraftText } from './draft-text';
import type { Finding, Fix } from './types';

type Draft = Omit<Finding, 'severity'>;

/** `[@key]` with no source or bibliography entry, `[^key]` with no footnote definition, in draft order. */
export function checkCitations(index: GroundworkIndex, draft: DraftText, extraKeys: ReadonlySet<string>): Draft[] {
  const keys = [...index.sources.map((s) => s.key), ...extraKeys];
  const findings: Array<Draft | undefined> = [
    ...draft.citations.map((c) => unknownKey(index, c, keys, extraKeys)),
    ...draft.footnoteRefs.map((r) => undefinedFootnote(index, draft, r, keys)),
  ];
  return findings.filter((f): f is Draft => f !== undefined).sort((a, b) => a.start - b.start);
}

function unknownKey(index: GroundworkIndex, c: Citation, keys: string[], extraKeys: ReadonlySet<string>): Draft | undefined {
  if (index.source(c.key) || extraKeys.has(c.key)) return undefined;
  // A bare `@name` in the text may be meant literally; a bracketed one is surely a citation.
  const bare = c.mode === 'author-in-text' && c.end === c.keyEnd;
  const at = c.mode === 'suppress-author' ? c.keyStart + 1 : c.keyStart;
  return {
    rule: 'unknown-citation',
    message: `No source or bibliography entry has the key @${c.key}.${bare ? ' (For a literal @, write \\@.)' : ''}`,
    start: at,
    end: c.keyEnd,
    fixes: closest(c.key, keys).map((key, i) => replaceWith(`@${key}`, at, c.keyEnd, i === 0)),
  };
}

function undefinedFootnote(index: GroundworkIndex, draft: DraftText, ref: FootnoteRef, keys: string[]): Draft | undefined {
  if (draft.footnoteLabels.has(ref.label)) return undefined;
  const source = index.source(ref.label);
  const fixes: Fix[] = source ? [addDefinition(draft.text, footnoteDefinition(source))] : [];
  for (const key of closest(ref.label, [...draft.footnoteLabels, ...keys])) fixes.push(replaceWith(`[^${key}]`, ref.start, ref.end, fixes.length === 0));
  return {
    rule: 'unknown-citation',
    message: source ? `Footnote [^${ref.label}] has no definition.` : `Footnote [^${ref.label}] has no definition and no source has the key ${ref.label}.`,
    start: ref.start,
    end: ref.end,
    fixes,
  };
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
