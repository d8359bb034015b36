import type MarkdownIt from 'markdown-it';
import * as vscode from 'vscode';
import { citationPlugin } from '../core/markdown-citations';
import type { CitationLibrary } from './citation-library';
import { CslStyles } from './csl-styles';

/**
 * What `activate` returns as `extendMarkdownIt`: the built-in Markdown preview renders citations
 * with it, in the draft's CSL style. Open previews are refreshed when the sources,
 * bibliographies, a style file or the settings change, since the preview keeps its last rendering.
 */
export function markdownPreview(
  library: CitationLibrary,
  log: vscode.LogOutputChannel,
): { extendMarkdownIt: (md: MarkdownIt) => MarkdownIt; styles: CslStyles; subscriptions: vscode.Disposable[] } {
  const refresh = () => void vscode.commands.executeCommand('markdown.preview.refresh');
  const styles = new CslStyles(log);
  const options = () => ({
    item: (key: string) => library.peekCsl(key),
    style: (csl: string | undefined, env: unknown) => styles.style(csl, (env as { currentDocument?: vscode.Uri } | undefined)?.currentDocument),
  });
  return {
    extendMarkdownIt: (md) => md.use(citationPlugin, options),
    styles,
    subscriptions: [
      styles,
      styles.onDidChange(refresh),
      library.onDidChange(refresh),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('groundwork.previewCitations') || e.affectsConfiguration('groundwork.csl')) refresh();
      }),
    ],
  };
}
