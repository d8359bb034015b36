import * as vscode from 'vscode';
import { checkDraftInSlices } from '../core/checks';
import { isDraftLanguage } from './draft-selector';
import type { Finding, Severity } from '../core/checks/types';
import type { GroundworkIndex } from '../core/groundwork-index';
import type { CitationLibrary } from './citation-library';
import { readCheckSettings, readSettings } from './settings';
import { spanLocation } from './source-locations';
import type { SourceStore } from './source-store';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

interface Checked {
  doc: vscode.TextDocument;
  version: number;
  findings: Finding[];
}

const isDraft = (doc: vscode.TextDocument) => isDraftLanguage(doc.languageId) && !doc.uri.path.includes('/seeds/');

/**
 * Runs the grounding checks on open Markdown drafts (on open, on change after a pause, on save,
 * and when the sources change) and publishes them as diagnostics. A check that an edit overtakes
 * is cancelled and its result dropped, so typing is never held up by a stale check.
 */
export class DraftChecker implements vscode.Disposable {
  readonly diagnostics = vscode.languages.createDiagnosticCollection('groundwork');
  private readonly checked = new Map<string, Checked>();
  /** Per draft, the quotes that matched a source last time: how a changed source turns a quote stale. */
  private readonly quotes = new Map<string, Map<string, string>>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly running = new Map<string, vscode.CancellationTokenSource>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidCheck = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly store: SourceStore,
    private readonly library: CitationLibrary,
    private readonly delayMs = 400,
  ) {
    this.subscriptions = [
      vscode.workspace.onDidOpenTextDocument((doc) => this.schedule(doc, 0)),
      vscode.workspace.onDidChangeTextDocument((e) => e.contentChanges.length > 0 && this.schedule(e.document, this.delayMs)),
      vscode.workspace.onDidSaveTextDocument((doc) => this.schedule(doc, 0)),
      vscode.workspace.onDidCloseTextDocument((doc) => this.forget(doc.uri)),
      // Sources or bibliography files changed: quotes may have gone stale, keys become known.
      library.onDidChange(() => this.checkAll()),
      vscode.workspace.onDidChangeConfiguration(
        (e) => (e.affectsConfiguration('groundwork.checks') || e.affectsConfiguration('groundwork.notPeople')) && this.checkAll(),
      ),
    ];
    this.checkAll();
  }

  /** The findings behind the current diagnostics of a document, if they are for its current text. */
  findings(doc: vscode.TextDocument): Finding[] {
    const checked = this.checked.get(doc.uri.toString());
    return checked && checked.doc === doc && checked.version === doc.version ? checked.findings : [];
  }

  checkAll(): void {
    for (const doc of vscode.workspace.textDocuments) this.schedule(doc, 0);
  }

  schedule(doc: vscode.TextDocument, delayMs: number): void {
    if (!isDraft(doc)) return;
    const key = doc.uri.toString();
    clearTimeout(this.timers.get(key));
    this.running.get(key)?.cancel();
    this.timers.set(
      key,
      setTimeout(() => void this.check(doc), delayMs),
    );
  }

  /** Checks a draft now; resolves to its findings, or undefined when an edit overtook the check. */
  async check(doc: vscode.TextDocument): Promise<Finding[] | undefined> {
    const key = doc.uri.toString();
    this.timers.delete(key);
    this.running.get(key)?.cancel();
    const cancel = new vscode.CancellationTokenSource();
    this.running.set(key, cancel);
    try {
      const [index, keys] = await Promise.all([this.store.index(), this.library.knownCitationKeys()]);
      const version = doc.version;
      // An untitled draft closed and another opened can share a URI: only the open document's own check counts.
      const stale = () => cancel.token.isCancellationRequested || doc.isClosed || doc.version !== version || !vscode.workspace.textDocuments.includes(doc);
      if (stale()) return undefined;
      const settings = readCheckSettings();
      // In slices, so typing is never held behind a long check; an edit cancels it at the next slice.
      const result = await checkDraftInSlices(
        doc.getText(),
        {
          index,
          extraKeys: keys,
          rules: settings.rules,
          ignoredNames: settings.ignoredNames,
          notPeople: settings.notPeople,
          citationStyle: readSettings().citationStyle,
          previousQuotes: this.quotes.get(key),
          isCancelled: stale,
        },
        () => new Promise((resolve) => setTimeout(resolve, 0)),
      );
      if (result.cancelled || stale()) return undefined;
      this.quotes.set(key, result.rememberedQuotes);
      this.checked.set(key, { doc, version, findings: result.findings });
      this.diagnostics.set(
        doc.uri,
        result.findings.map((f) => this.toDiagnostic(doc, f, index)),
      );
      this.changed.fire(doc.uri);
      return result.findings;
    } finally {
      if (this.running.get(key) === cancel) this.running.delete(key);
      cancel.dispose();
    }
  }

  private toDiagnostic(doc: vscode.TextDocument, f: Finding, index: GroundworkIndex): vscode.Diagnostic {
    const d = new vscode.Diagnostic(new vscode.Range(doc.positionAt(f.start), doc.positionAt(f.end)), f.message, SEVERITY[f.severity]);
    d.source = 'Groundwork';
    d.code = f.rule;
    const where = f.related && spanLocation(index, f.related);
    if (where && f.related) d.relatedInformation = [new vscode.DiagnosticRelatedInformation(where, `@${f.related.sourceKey}: “${f.related.text}”`)];
    return d;
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.running.get(key)?.cancel();
    this.checked.delete(key);
    this.quotes.delete(key);
    this.diagnostics.delete(uri);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const c of this.running.values()) c.cancel();
    vscode.Disposable.from(this.diagnostics, this.changed, ...this.subscriptions).dispose();
  }
}
