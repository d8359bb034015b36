import * as vscode from 'vscode';
import { isDraftLanguage } from './draft-selector';
import { citedKeys, displayTitle } from '../core/citations';
import { passageCount } from '../core/engine/cached-body';
import type { GroundworkIndex } from '../core/groundwork-index';
import type { Mention, Person, Source } from '../core/types';
import type { SourceStore } from './source-store';

type Node =
  | { type: 'source'; source: Source }
  | { type: 'person'; person: Person; source?: Source }
  | { type: 'mention'; person: Person; mention: Mention; source?: Source };

/** Sources → people → passages, marking what the active draft cites. */
export class SourcesTree implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  filter = '';
  private cited = new Set<string>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly store: SourceStore,
    private readonly mode: 'sources' | 'people',
  ) {
    this.subscriptions = [
      store.onDidChange(() => this.refresh()),
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
      vscode.workspace.onDidSaveTextDocument(() => this.refresh()),
    ];
  }

  refresh(): void {
    const doc = vscode.window.activeTextEditor?.document;
    this.cited = new Set(doc && isDraftLanguage(doc.languageId) ? citedKeys(doc.getText()) : []);
    this.changed.fire(undefined);
  }

  async getChildren(node?: Node): Promise<Node[]> {
    const index = await this.store.index();
    if (!node) return this.mode === 'sources' ? this.sources(index) : this.people(index);
    if (node.type === 'source') return peopleIn(index, node.source).map((person) => ({ type: 'person', person, source: node.source }));
    if (node.type === 'person') {
      const mentions = node.person.mentions.filter((m) => !node.source || m.source === node.source.key);
      return mentions.map((mention) => ({ type: 'mention', person: node.person, mention, source: index.source(mention.source) }));
    }
    return [];
  }

  private sources(index: GroundworkIndex): Node[] {
    const f = this.filter.toLowerCase();
    return index.sources
      .filter((s) => !f || [s.key, displayTitle(s), s.meta.outlet ?? '', s.text].some((t) => t.toLowerCase().includes(f)))
      .map((source) => ({ type: 'source', source }));
  }

  private people(index: GroundworkIndex): Node[] {
    const f = this.filter.toLowerCase();
    return index.people
      .filter((p) => p.kind === 'person' && (!f || [p.name, p.role ?? '', ...p.aliases.map((a) => a.text)].some((t) => t.toLowerCase().includes(f))))
      .map((person) => ({ type: 'person', person }));
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.type === 'source') return sourceItem(node.source, this.cited.has(node.source.key));
    if (node.type === 'person') return personItem(node.person, node.source);
    return mentionItem(node);
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.changed.dispose();
  }
}

function peopleIn(index: GroundworkIndex, source: Source): Person[] {
  return index.people.filter((p) => p.kind === 'person' && p.mentions.some((m) => m.source === source.key));
}

function sourceItem(source: Source, cited: boolean): vscode.TreeItem {
  const item = new vscode.TreeItem(
    displayTitle(source),
    passageCount(source) ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None,
  );
  const facts = [source.meta.outlet, source.meta.date].filter(Boolean).join(' · ');
  item.id = `source:${source.key}`;
  item.description = [cited ? '✓ cited' : '', facts].filter(Boolean).join(' · ');
  item.contextValue = 'groundwork.source';
  item.resourceUri = vscode.Uri.parse(source.path);
  if (source.errors.length) {
    item.iconPath = new vscode.ThemeIcon('error', new vscode.ThemeColor('problemsErrorIcon.foreground'));
    item.tooltip = `${source.path}\n${source.errors.join('\n')}`;
    item.description = source.errors[0];
  } else {
    item.iconPath = new vscode.ThemeIcon(cited ? 'pass-filled' : 'book');
    item.tooltip = new vscode.MarkdownString().appendText(`@${source.key}\n\n${displayTitle(source)}\n\n${facts}`);
  }
  item.command = { command: 'groundwork.openPassage', title: 'Open Source', arguments: [`${source.key}#1`] };
  return item;
}

function personItem(person: Person, source?: Source): vscode.TreeItem {
  const item = new vscode.TreeItem(person.name, vscode.TreeItemCollapsibleState.Collapsed);
  const count = source ? person.mentions.filter((m) => m.source === source.key).length : person.mentions.length;
  item.id = `person:${source?.key ?? ''}:${person.id}`;
  item.description = `${person.role ?? ''} · ${count}`;
  item.iconPath = new vscode.ThemeIcon('person');
  item.tooltip = new vscode.MarkdownString().appendText(`${person.name}${person.role ? ` — ${person.role}` : ''}\n\n${person.mentions.length} mentions`);
  return item;
}

function mentionItem(node: Extract<Node, { type: 'mention' }>): vscode.TreeItem {
  const { mention, source } = node;
  const passage = source?.passages.find((p) => p.start <= mention.start && mention.end <= p.end);
  const sentence = passage?.sentences.find((s) => s.start <= mention.start && mention.start < s.end);
  const item = new vscode.TreeItem(sentence?.text ?? mention.text, vscode.TreeItemCollapsibleState.None);
  item.id = `mention:${mention.source}:${mention.start}:${node.person.id}`;
  item.description = `${mention.source}:${mention.line}`;
  item.iconPath = new vscode.ThemeIcon('quote');
  item.tooltip = new vscode.MarkdownString().appendText(passage?.text ?? mention.text);
  item.command = {
    command: 'groundwork.openPassage',
    title: 'Open Passage',
    arguments: [passage?.id ?? `${mention.source}#1`, { start: mention.start, end: mention.end }],
  };
  return item;
}
