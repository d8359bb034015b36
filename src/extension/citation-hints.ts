import * as vscode from 'vscode';
import { CitationRenderer } from '../core/citeproc';
import { citationMetadata } from '../core/draft-metadata';
import { citationGroups } from '../core/pandoc-citations';
import type { CitationLibrary } from './citation-library';
import type { CslStyles } from './csl-styles';
import { scanOf } from './draft-lookup';
import { readSettings } from './settings';

/** Markdown affixes as plain text for a hint: emphasis and code marks dropped. */
const plainAffix = (markdown: string) => markdown.replace(/[*_`]+/g, '');

/**
 * An inlay hint after each Pandoc citation with the citation as the draft's CSL style prints it,
 * e.g. `(The Associated Press 2024)`. Unknown keys show nothing; `groundwork.inlineCitations` turns
 * the hints off.
 */
export class CitationHints implements vscode.InlayHintsProvider {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeInlayHints = this.changed.event;

  constructor(
    private readonly library: CitationLibrary,
    private readonly styles: CslStyles,
  ) {}

  refresh(): void {
    this.changed.fire();
  }

  provideInlayHints(doc: vscode.TextDocument, range: vscode.Range): vscode.InlayHint[] {
    if (!readSettings().inlineCitations) return [];
    const scan = scanOf(doc);
    if (scan.citations.length === 0) return [];
    const text = doc.getText();
    const keys = [...new Set(scan.citations.map((c) => c.key))];
    const items = keys.map((k) => this.library.peekCsl(k)).filter((i) => i !== undefined);
    const renderer = new CitationRenderer(items, keys, 'text', this.styles.style(citationMetadata(text).csl, doc.uri));
    const from = doc.offsetAt(range.start);
    const to = doc.offsetAt(range.end);
    const hints: vscode.InlayHint[] = [];
    for (const group of citationGroups(scan.citations)) {
      const end = group[0].end;
      if (end < from || end > to) continue;
      const label = renderer.cite(group, plainAffix);
      if (!label) continue;
      const hint = new vscode.InlayHint(doc.positionAt(end), label, vscode.InlayHintKind.Type);
      hint.paddingLeft = true;
      hint.tooltip = 'As the CSL style renders this citation (groundwork.inlineCitations turns this off)';
      hints.push(hint);
    }
    return hints;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** Registers the hints for drafts, refreshed when the sources, bibliographies, a style or the setting change. */
export function registerCitationHints(selector: vscode.DocumentSelector, library: CitationLibrary, styles: CslStyles): vscode.Disposable {
  const hints = new CitationHints(library, styles);
  return vscode.Disposable.from(
    hints,
    vscode.languages.registerInlayHintsProvider(selector, hints),
    library.onDidChange(() => hints.refresh()),
    styles.onDidChange(() => hints.refresh()),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('groundwork.inlineCitations') || e.affectsConfiguration('groundwork.csl')) hints.refresh();
    }),
  );
}
