import type MarkdownIt from 'markdown-it';
import * as vscode from 'vscode';
import { citationPlugin } from '../core/markdown-citations';
import type { CitationLibrary } from './citation-library';
import { readSettings } from './settings';

/**
 * What `activate` returns as `extendMarkdownIt`: the built-in Markdown preview renders citations
 * with it. Open previews are refreshed when the sources, bibliographies or the setting change,
 * since the preview keeps its last rendering.
 */
export function markdownPreview(library: CitationLibrary): { extendMarkdownIt(md: MarkdownIt): MarkdownIt; subscriptions: vscode.Disposable[] } {
  const refresh = () => void vscode.commands.executeCommand('markdown.preview.refresh');
  return {
    extendMarkdownIt: (md) => md.use(citationPlugin, () => ({ format: readSettings().previewCitations, lookup: (key: string) => library.peekEntry(key) })),
    subscriptions: [
      library.onDidChange(refresh),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('groundwork.previewCitations')) refresh();
      }),
    ],
  };
}
