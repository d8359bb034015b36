import * as vscode from 'vscode';
import type { CitationStyle } from '../core/citations';
import type { CitationFormat } from '../core/markdown-citations';

export interface Settings {
  sources: string[];
  includeSeeds: boolean;
  citationStyle: CitationStyle;
  bibliographies: string[];
  previewCitations: CitationFormat;
}

export function readSettings(): Settings {
  const c = vscode.workspace.getConfiguration('groundwork');
  return {
    sources: c.get<string[]>('sources', ['sources/**/*.{md,txt,html}']),
    includeSeeds: c.get<boolean>('includeSeeds', true),
    citationStyle: c.get<CitationStyle>('citationStyle', 'pandoc'),
    bibliographies: c.get<string[]>('bibliographies', ['**/*.bib', '**/*.json']),
    previewCitations: c.get<CitationFormat>('previewCitations', 'author-date'),
  };
}
