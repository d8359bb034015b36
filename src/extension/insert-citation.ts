import * as vscode from 'vscode';
import { citationMark, footnoteDefinition, hasFootnoteDefinition, type CitationStyle } from '../core/citations';
import { citationPickerEntries } from '../core/features/picker';
import type { GroundworkIndex } from '../core/groundwork-index';
import type { Passage, Source } from '../core/types';
import { addToBibliography, bibliographyOf } from './bibliography-file';
import { nameAt } from './draft-lookup';
import { readSettings } from './settings';
import type { SourceStore } from './source-store';
import { escapeIcons, notificationText } from '../core/markdown-text';

export interface InsertCitationArgs {
  key?: string;
  /** `p. 3`, `para. 2`: inserted as `[@key, p. 3]`; an empty string inserts none without asking. */
  locator?: string;
  passageId?: string;
  style?: CitationStyle;
}

interface PickItem extends vscode.QuickPickItem {
  source: Source;
  passage?: Passage;
}

/** Insert Citation: pick a source or passage (or pass one in), insert its citation at the cursor. */
export async function insertCitation(store: SourceStore, style: CitationStyle, args: InsertCitationArgs = {}): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showWarningMessage('Groundwork: open a Markdown draft to insert a citation.');
    return false;
  }
  const index = await store.index();
  const chosen = args.key || args.passageId ? fromArgs(index, args) : await pick(index, editor);
  if (!chosen) return false;
  const chosenStyle = args.style ?? style;
  const locator = args.locator ?? (chosenStyle === 'pandoc' && readSettings().askLocator ? await askLocator() : '');
  if (locator === undefined) return false;
  return applyCitation(editor, chosen, chosenStyle, locator);
}

function fromArgs(index: GroundworkIndex, args: InsertCitationArgs): Source | undefined {
  const key = args.key ?? args.passageId?.replace(/#\d+$/, '');
  const source = key ? index.source(key) : undefined;
  if (!source) void vscode.window.showErrorMessage(`Groundwork: no source with key ${notificationText(key ?? '')}`);
  return source;
}

async function pick(index: GroundworkIndex, editor: vscode.TextEditor): Promise<Source | undefined> {
  const items: PickItem[] = citationPickerEntries(index).map((e) => ({
    ...e,
    label: e.passage ? escapeIcons(e.label) : `$(book) ${escapeIcons(e.label)}`,
    description: escapeIcons(e.description),
    detail: escapeIcons(e.detail),
  }));
  const qp = vscode.window.createQuickPick<PickItem>();
  qp.items = items;
  qp.matchOnDescription = true;
  qp.matchOnDetail = true;
  qp.placeholder = 'Search sources and passages to cite';
  qp.value = prefill(index, editor);
  const result = await new Promise<PickItem | undefined>((resolve) => {
    qp.onDidAccept(() => resolve(qp.selectedItems[0]));
    qp.onDidHide(() => resolve(undefined));
    qp.show();
  });
  qp.dispose();
  return result?.source;
}

/** The selection, or the name under the cursor, starts the search. */
function prefill(index: GroundworkIndex, editor: vscode.TextEditor): string {
  const selected = editor.document.getText(editor.selection).trim();
  if (selected && selected.length < 80) return selected;
  return nameAt(index, editor.document, editor.selection.active)?.person.name ?? '';
}

/** One edit, one undo step: the mark at the cursor and, for footnotes, a definition at the end if missing. */
/** The locator to cite, `''` for none, undefined when the user cancels. */
function askLocator(): Thenable<string | undefined> {
  return vscode.window.showInputBox({
    title: 'Locator',
    prompt: 'Page, paragraph or chapter to cite, e.g. p. 3, para. 2, chap. 4 (leave empty for none)',
    placeHolder: 'p. 3',
  });
}

async function applyCitation(editor: vscode.TextEditor, source: Source, style: CitationStyle, locator: string): Promise<boolean> {
  const doc = editor.document;
  const mark = citationMark(source.key, style, locator);
  const definition = footnoteDefinition(source);
  const needsDefinition = style === 'footnote' && !hasFootnoteDefinition(doc.getText(), source.key);
  const end = doc.lineAt(doc.lineCount - 1).range.end;
  const tail = doc.getText().endsWith('\n') ? '' : '\n';
  const done = await editor.edit((edit) => {
    for (const sel of editor.selections) edit.insert(sel.end, mark);
    if (needsDefinition) edit.insert(end, `${tail}\n${definition}\n`);
  });
  const bibliography = style === 'pandoc' ? bibliographyOf(doc) : undefined;
  if (done && bibliography) await addToBibliography(bibliography, source);
  return done;
}
