import * as vscode from 'vscode';
import type { Mention } from '../core/types';
import { citationAt, nameAt } from './draft-lookup';
import type { SourceStore } from './source-store';

async function locationOf(m: Mention): Promise<vscode.Location> {
  const uri = vscode.Uri.parse(m.path);
  const start = new vscode.Position(m.line - 1, m.column - 1);
  return new vscode.Location(uri, new vscode.Range(start, start.translate(0, m.end - m.start)));
}

/** Go to definition: a name jumps to its first mention in the sources, a citation key to its source. */
export class DefinitionProvider implements vscode.DefinitionProvider {
  constructor(private readonly store: SourceStore) {}

  async provideDefinition(doc: vscode.TextDocument, pos: vscode.Position): Promise<vscode.Location | undefined> {
    const index = await this.store.index();
    const cite = citationAt(doc, pos);
    if (cite) {
      const source = index.source(cite.key);
      const lead = source?.passages[0];
      return source && new vscode.Location(vscode.Uri.parse(source.path), new vscode.Position((lead?.line ?? 1) - 1, (lead?.column ?? 1) - 1));
    }
    const name = nameAt(index, doc, pos);
    return name?.person.mentions[0] && locationOf(name.person.mentions[0]);
  }
}

/** Find all references: every mention of the person in the sources. */
export class ReferenceProvider implements vscode.ReferenceProvider {
  constructor(private readonly store: SourceStore) {}

  async provideReferences(doc: vscode.TextDocument, pos: vscode.Position): Promise<vscode.Location[]> {
    const index = await this.store.index();
    const name = nameAt(index, doc, pos);
    return name ? Promise.all(name.person.mentions.map(locationOf)) : [];
  }
}
