import type MarkdownIt from 'markdown-it';
import * as vscode from 'vscode';
import { BibliographyStore } from './bibliography-store';
import { CitationLibrary } from './citation-library';
import { CheckActionProvider, rememberName } from './check-actions';
import { ClaimLensProvider } from './claim-lens';
import { CompletionProvider } from './completion-provider';
import { DraftChecker } from './draft-checker';
import { DRAFTS, isDraftLanguage } from './draft-selector';
import { registerCitationHints } from './citation-hints';
import { findSupport, syncBibliography } from './find-support';
import { HoverProvider } from './hover-provider';
import { insertCitation, type InsertCitationArgs } from './insert-citation';
import { markdownPreview } from './markdown-preview';
import { DefinitionProvider, ReferenceProvider } from './navigation';
import { readSettings } from './settings';
import type { BibliographyFormat } from '../core/bibliography-export';
import type { CacheStore } from '../core/engine/host';
import type { IndexerOptions } from '../core/engine/indexer';
import { exportBibliography, openPassage } from './source-commands';
import { IndexCacheFile } from './index-cache-file';
import { SourceStore } from './source-store';
import { SourcesTree } from './sources-tree';
import { createStatusBar } from './status-bar';
import { WorkspaceFileGuard, type RealPath } from './workspace-file-guard';

const MARKDOWN = DRAFTS;

/** What activation returns: the live store and views, for tests and other extensions. */
export interface GroundworkApi {
  store: SourceStore;
  sourcesTree: SourcesTree;
  peopleTree: SourcesTree;
  /** Every key a draft may cite (sources and the workspace's .bib / CSL-JSON files): `knownCitationKeys()`. */
  library: CitationLibrary;
  /** Called by the built-in Markdown preview (`contributes."markdown.markdownItPlugins"`). */
  extendMarkdownIt(md: MarkdownIt): MarkdownIt;
  checker: DraftChecker;
}

/**
 * Activation shared by the Node and the browser entries (extension.node.ts, extension.browser.ts);
 * `workers` is what the host offers for indexing. `realPath` resolves symlinks where the host can
 * (Node), so a link inside the workspace may be followed. `cacheIn` is where the host keeps the
 * index cache in a storage folder (Node reads a local one in parts; see `CacheStore.read`).
 */
export function activateShared(
  context: vscode.ExtensionContext,
  workers: IndexerOptions,
  realPath?: RealPath,
  cacheIn: (storage: vscode.Uri) => CacheStore = (storage) => new IndexCacheFile(storage),
): GroundworkApi {
  const log = vscode.window.createOutputChannel('Groundwork', { log: true });
  const seeds = vscode.Uri.joinPath(context.extensionUri, 'seeds');
  const guard = new WorkspaceFileGuard(seeds, realPath);
  const store = new SourceStore({
    seeds,
    guard,
    settings: readSettings,
    log,
    cache: cacheIn(context.storageUri ?? context.globalStorageUri),
    indexer: workers,
  });
  const bibliographies = new BibliographyStore(() => readSettings().bibliographies, log, guard);
  const library = new CitationLibrary(store, bibliographies);
  const preview = markdownPreview(library, log);
  const status = createStatusBar();
  const sourcesTree = new SourcesTree(store, 'sources');
  const peopleTree = new SourcesTree(store, 'people');
  const sourcesView = vscode.window.createTreeView('groundwork.sources', { treeDataProvider: sourcesTree, showCollapseAll: true });
  const peopleView = vscode.window.createTreeView('groundwork.people', { treeDataProvider: peopleTree, showCollapseAll: true });
  const checker = new DraftChecker(store, library);
  const lenses = new ClaimLensProvider(checker);

  context.subscriptions.push(
    log,
    store,
    status.item,
    sourcesTree,
    peopleTree,
    sourcesView,
    peopleView,
    checker,
    lenses,
    vscode.languages.registerCodeActionsProvider(MARKDOWN, new CheckActionProvider(checker), { providedCodeActionKinds: CheckActionProvider.kinds }),
    vscode.languages.registerCodeLensProvider(MARKDOWN, lenses),
    vscode.commands.registerCommand('groundwork.checkDraft', () => checkActive(checker)),
    vscode.commands.registerCommand('groundwork.findSupport', (uri?: vscode.Uri, offset?: number) =>
      findSupport(store, readSettings().citationStyle, uri, offset),
    ),
    vscode.commands.registerCommand('groundwork.rememberName', rememberName),
    vscode.commands.registerCommand('groundwork.syncBibliography', (uri: vscode.Uri, key: string) => syncBibliography(store, uri, key)),
    store.onDidChange((index) => status.show(index)),
    vscode.languages.registerHoverProvider(MARKDOWN, new HoverProvider(store, bibliographies)),
    vscode.languages.registerCompletionItemProvider(MARKDOWN, new CompletionProvider(store, bibliographies), '@'),
    vscode.languages.registerDefinitionProvider(MARKDOWN, new DefinitionProvider(store)),
    vscode.languages.registerReferenceProvider(MARKDOWN, new ReferenceProvider(store)),
    vscode.commands.registerCommand('groundwork.insertCitation', (args?: InsertCitationArgs) => insertCitation(store, readSettings().citationStyle, args)),
    vscode.commands.registerCommand('groundwork.openPassage', (id?: string, range?: { start: number; end: number }) =>
      id ? openPassage(store, id, range) : pickAndOpen(store),
    ),
    vscode.commands.registerCommand('groundwork.reloadSources', () => store.reload()),
    vscode.commands.registerCommand('groundwork.exportBibliography', (target?: vscode.Uri, format?: BibliographyFormat) =>
      exportBibliography(store, target, format),
    ),
    vscode.commands.registerCommand('groundwork.showOutput', () => log.show()),
    vscode.commands.registerCommand('groundwork.filterSources', () => filter(sourcesTree, sourcesView, peopleTree, peopleView)),
    vscode.commands.registerCommand('groundwork.clearFilter', () => applyFilter('', sourcesTree, sourcesView, peopleTree, peopleView)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('groundwork.sources') || e.affectsConfiguration('groundwork.includeSeeds')) {
        store.watch();
        store.scheduleReload(0);
      }
    }),
  );
  context.subscriptions.push(
    bibliographies,
    library,
    ...preview.subscriptions,
    registerCitationHints(DRAFTS, library, preview.styles),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('groundwork.bibliographies')) {
        bibliographies.watch();
        void bibliographies.reload();
      }
    }),
  );
  // Index off the activation path: the first provider call or this timer starts it, whichever comes first.
  setTimeout(() => void store.index(), 0);
  return { store, sourcesTree, peopleTree, checker, library, extendMarkdownIt: preview.extendMarkdownIt };
}

/** Check Draft: checks the active draft now and shows the Problems panel. */
async function checkActive(checker: DraftChecker): Promise<number | undefined> {
  const doc = vscode.window.activeTextEditor?.document;
  if (!doc || !isDraftLanguage(doc.languageId)) {
    void vscode.window.showWarningMessage('Groundwork: open a Markdown draft to check it.');
    return undefined;
  }
  const findings = await checker.check(doc);
  await vscode.commands.executeCommand('workbench.actions.view.problems');
  return findings?.length;
}

async function pickAndOpen(store: SourceStore): Promise<void> {
  const index = await store.index();
  const picked = await vscode.window.showQuickPick(
    index.sources.map((s) => ({
      label: s.meta.title ?? s.key,
      description: `@${s.key}`,
      detail: s.errors.join('; ') || [s.meta.outlet, s.meta.date].filter(Boolean).join(', '),
      key: s.key,
    })),
    { placeHolder: 'Open a source', matchOnDescription: true },
  );
  if (picked) await openPassage(store, `${picked.key}#1`);
}

async function filter(...trees: [SourcesTree, vscode.TreeView<unknown>, SourcesTree, vscode.TreeView<unknown>]): Promise<void> {
  const value = await vscode.window.showInputBox({ prompt: 'Show sources and people containing…', value: trees[0].filter });
  if (value !== undefined) applyFilter(value, ...trees);
}

function applyFilter(value: string, sTree: SourcesTree, sView: vscode.TreeView<unknown>, pTree: SourcesTree, pView: vscode.TreeView<unknown>): void {
  for (const [tree, view] of [
    [sTree, sView],
    [pTree, pView],
  ] as const) {
    tree.filter = value;
    view.message = value ? `Filtered by “${value}”` : undefined;
    tree.refresh();
  }
  void vscode.commands.executeCommand('setContext', 'groundwork.filtered', value !== '');
}
