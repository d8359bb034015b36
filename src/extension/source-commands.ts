import * as vscode from 'vscode';
import { BIBLIOGRAPHY_FORMATS, formatBibliography, type BibliographyFormat } from '../core/bibliography-export';
import { toCsl } from '../core/csl';
import type { SourceStore } from './source-store';
import { notificationText } from '../core/markdown-text';

/** Opens a source file with a passage (`key#n`) or a mention range selected. */
export async function openPassage(store: SourceStore, passageId: string, range?: { start: number; end: number }): Promise<void> {
  const index = await store.index();
  const key = passageId.replace(/#\d+$/, '');
  const source = index.source(key);
  if (!source) {
    void vscode.window.showErrorMessage(`Groundwork: no source with key ${notificationText(key)}`);
    return;
  }
  const passage = source.passages.find((p) => p.id === passageId) ?? source.passages[0];
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(source.path));
  const from = range?.start ?? passage?.start ?? 0;
  const to = range?.end ?? passage?.end ?? 0;
  const selection = new vscode.Selection(doc.positionAt(from), doc.positionAt(to));
  await vscode.window.showTextDocument(doc, { selection, preview: true });
}

/**
 * Writes every readable source as CSL-JSON, BibTeX, BibLaTeX or RIS to a file the user picks.
 * Given a `target`, the format is the one asked for, else the one its extension names.
 */
export async function exportBibliography(store: SourceStore, target?: vscode.Uri, format?: BibliographyFormat): Promise<vscode.Uri | undefined> {
  const chosen = format ?? (target ? formatOfFile(target) : await pickFormat());
  if (!chosen) return undefined;
  const { label, extension } = BIBLIOGRAPHY_FORMATS[chosen];
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const uri =
    target ??
    (await vscode.window.showSaveDialog({ defaultUri: folder && vscode.Uri.joinPath(folder, `references.${extension}`), filters: { [label]: [extension] } }));
  if (!uri) return undefined;
  const index = await store.index();
  const items = index.sources.filter((s) => s.passages.length > 0).map(toCsl);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(formatBibliography(items, chosen)));
  void vscode.window.showInformationMessage(
    `Groundwork: wrote ${items.length} references (${label}) to ${notificationText(vscode.workspace.asRelativePath(uri))}`,
  );
  return uri;
}

function formatOfFile(uri: vscode.Uri): BibliographyFormat {
  if (/\.bib$/i.test(uri.path)) return 'bibtex';
  if (/\.ris$/i.test(uri.path)) return 'ris';
  return 'csl';
}

async function pickFormat(): Promise<BibliographyFormat | undefined> {
  const detail: Record<BibliographyFormat, string> = {
    csl: 'pandoc --citeproc, Zotero, Quarto',
    bibtex: 'LaTeX with BibTeX, pandoc',
    biblatex: 'LaTeX with biber, pandoc (keeps the full date)',
    ris: 'Zotero, EndNote, Mendeley',
  };
  const items = (Object.keys(BIBLIOGRAPHY_FORMATS) as BibliographyFormat[]).map((format) => ({
    label: BIBLIOGRAPHY_FORMATS[format].label,
    description: `.${BIBLIOGRAPHY_FORMATS[format].extension}`,
    detail: detail[format],
    format,
  }));
  return (await vscode.window.showQuickPick(items, { placeHolder: 'Export the sources as…' }))?.format;
}
