import * as vscode from 'vscode';
import type { CitationStyle } from '../core/citations';
import type { CitationFormat } from '../core/markdown-citations';
import { DEFAULT_SEVERITY, type Rule, type RuleSetting } from '../core/checks/types';

export interface Settings {
  sources: string[];
  includeSeeds: boolean;
  citationStyle: CitationStyle;
  bibliographies: string[];
  previewCitations: CitationFormat;
  /** A CSL style file for the preview and inline citations; a draft's `csl:` wins. */
  csl: string;
  /** Inlay hints showing each citation as the style renders it. */
  inlineCitations: boolean;
  /** Whether Insert Citation asks for a locator (page, paragraph…). */
  askLocator: boolean;
}

export function readSettings(): Settings {
  const c = vscode.workspace.getConfiguration('groundwork');
  return {
    sources: c.get<string[]>('sources', ['sources/**/*.{md,txt,html}']),
    includeSeeds: c.get<boolean>('includeSeeds', true),
    citationStyle: c.get<CitationStyle>('citationStyle', 'pandoc'),
    bibliographies: c.get<string[]>('bibliographies', ['**/*.bib', '**/*.json']),
    previewCitations: c.get<CitationFormat>('previewCitations', 'author-date'),
    csl: c.get<string>('csl', ''),
    inlineCitations: c.get<boolean>('inlineCitations', true),
    askLocator: c.get<boolean>('insertCitation.askLocator', false),
  };
}

/** `groundwork.checks.*` setting names, one per rule. */
export const CHECK_SETTINGS: Record<Rule, string> = {
  'quote-not-found': 'quoteNotInSources',
  misquote: 'misquote',
  'wrong-speaker': 'wrongSpeaker',
  'stale-quote': 'staleQuote',
  'misspelled-name': 'misspelledName',
  'unknown-citation': 'unknownCitation',
  'uncited-claim': 'uncitedClaim',
};

export interface CheckSettings {
  rules: Record<Rule, RuleSetting>;
  ignoredNames: string[];
  notPeople: string[];
}

export function readCheckSettings(): CheckSettings {
  const c = vscode.workspace.getConfiguration('groundwork');
  const rules = {} as Record<Rule, RuleSetting>;
  for (const [rule, name] of Object.entries(CHECK_SETTINGS) as Array<[Rule, string]>) {
    rules[rule] = c.get<RuleSetting>(`checks.${name}`, DEFAULT_SEVERITY[rule]);
  }
  return { rules, ignoredNames: c.get<string[]>('checks.ignoredNames', []), notPeople: c.get<string[]>('notPeople', []) };
}
