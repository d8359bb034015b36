import * as vscode from 'vscode';
import type { CitationStyle } from '../core/citations';

export interface Settings {
  sources: string[];
  includeSeeds: boolean;
  citationStyle: CitationStyle;
}

export function readSettings(): Settings {
  const c = vscode.workspace.getConfiguration('groundwork');
  return {
    sources: c.get<string[]>('sources', ['sources/**/*.{md,txt,html}']),
    includeSeeds: c.get<boolean>('includeSeeds', true),
    citationStyle: c.get<CitationStyle>('citationStyle', 'pandoc'),
  };
}
