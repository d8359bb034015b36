import type { GroundworkIndex } from '../groundwork-index';

export type Rule = 'quote-not-found' | 'misquote' | 'wrong-speaker' | 'stale-quote' | 'misspelled-name' | 'unknown-citation' | 'uncited-claim';

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type RuleSetting = Severity | 'off';

export const DEFAULT_SEVERITY: Record<Rule, Severity> = {
  'quote-not-found': 'warning',
  misquote: 'error',
  'wrong-speaker': 'warning',
  'stale-quote': 'warning',
  'misspelled-name': 'warning',
  'unknown-citation': 'error',
  'uncited-claim': 'information',
};

/** A change to the draft: replace `start..end` (string offsets) with `text`. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** A quick fix: edits to the draft, or a setting to add a name to (the editor and CLI decide how). */
export interface Fix {
  title: string;
  edits: TextEdit[];
  /** Set when the fix is to remember a name rather than to edit the draft. */
  remember?: { list: 'ignoredNames' | 'notPeople'; name: string };
  /** The key of the citation the fix inserts, so the editor can add it to the draft's bibliography file. */
  cites?: string;
  preferred?: boolean;
}

/** Where in the sources a finding points: the passage and the exact span of source text. */
export interface SourceSpan {
  sourceKey: string;
  passageId: string;
  /** Offsets into the passage text. */
  start: number;
  end: number;
  text: string;
}

export interface Finding {
  rule: Rule;
  severity: Severity;
  message: string;
  /** String offsets into the draft. */
  start: number;
  end: number;
  fixes: Fix[];
  related?: SourceSpan;
}

export interface CheckContext {
  index: GroundworkIndex;
  /** Citation keys known besides the sources' own (e.g. from .bib / CSL-JSON files). */
  extraKeys?: ReadonlySet<string>;
  /** Names never flagged as misspellings (any case). */
  ignoredNames?: Iterable<string>;
  /** Words that are never people. */
  notPeople?: Iterable<string>;
  /** Quotes that matched a source on an earlier check: normalised quote → source key. */
  previousQuotes?: ReadonlyMap<string, string>;
  rules?: Partial<Record<Rule, RuleSetting>>;
  citationStyle?: 'pandoc' | 'footnote';
  /** Polled between steps; a true answer stops the check early (its findings are then incomplete). */
  isCancelled?: () => boolean;
}

export interface CheckResult {
  findings: Finding[];
  /** Quotes that matched a source, now or before (normalised quote → source key): pass back as `previousQuotes`. */
  rememberedQuotes: Map<string, string>;
  cancelled: boolean;
}
