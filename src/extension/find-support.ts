import * as vscode from 'vscode';
import { isDraftLanguage } from './draft-selector';
import { cite, readDraft, sentencesIn, supportingPassages } from '../core/checks';
import type { CitationStyle } from '../core/citations';
import { escapeIcons } from '../core/markdown-text';
import { addToBibliography, bibliographyOf } from './bibliography-file';
import type { SourceStore } from './source-store';

interface SupportItem extends vscode.QuickPickItem {
  key: string;
}

/** The sentence at a position: lists the passages that best support it and cites the one picked. */
export async function findSupport(store: SourceStore, style: CitationStyle, uri?: vscode.Uri, offset?: number): Promise<boolean> {
  const editor = uri ? await vscode.window.showTextDocument(uri) : vscode.window.activeTextEditor;
  if (!editor || !isDraftLanguage(editor.document.languageId)) {
    void vscode.window.showWarningMessage('Groundwork: put the cursor in a sentence of a Markdown draft to find its sources.');
    return false;
  }
  const doc = editor.document;
  const at = offset ?? doc.offsetAt(editor.selection.active);
  const draft = readDraft(doc.getText());
  const paragraph = draft.paragraphs.find((p) => p.start <= at && at <= p.end);
  const sentence = paragraph && sentencesIn(draft, paragraph).find((s) => s.start <= at && at <= s.end);
  if (!sentence) {
    void vscode.window.showInformationMessage('Groundwork: no sentence at the cursor.');
    return false;
  }
  const index = await store.index();
  const text = draft.prose.slice(sentence.start, sentence.end);
  const found = supportingPassages(index, text, 10);
  if (found.length === 0) {
    void vscode.window.showInformationMessage('Groundwork: no source passage supports this sentence.');
    return false;
  }
  const items: SupportItem[] = found.map((s) => ({
    label: escapeIcons(s.passage.text),
    description: escapeIcons(`@${s.source.key}`),
    detail: escapeIcons(
      `${[s.source.meta.outlet, s.source.meta.date].filter(Boolean).join(', ')} · line ${s.passage.line} · match ${Math.round(s.score * 100)}%`,
    ),
    key: s.source.key,
  }));
  const picked = await vscode.window.showQuickPick(items, {
    placeHolder: `Sources for: ${text.length > 80 ? `${text.slice(0, 79)}…` : text}`,
    matchOnDescription: true,
  });
  if (!picked) return false;
  const fix = cite(draft, sentence.end, picked.key, style, index);
  const edit = new vscode.WorkspaceEdit();
  for (const e of fix.edits) edit.replace(doc.uri, new vscode.Range(doc.positionAt(e.start), doc.positionAt(e.end)), e.text);
  const done = await vscode.workspace.applyEdit(edit);
  if (done) await syncBibliography(store, doc.uri, picked.key);
  return done;
}

/** After a citation went in by a quick fix: a Pandoc draft's `bibliography:` file gets the entry too. */
export async function syncBibliography(store: SourceStore, uri: vscode.Uri, key: string): Promise<void> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const file = bibliographyOf(doc);
  const source = (await store.index()).source(key);
  if (file && source) await addToBibliography(file, source);
}
