import * as vscode from 'vscode';
import { nameDefinition, nameReferences, sourceTarget, type Target } from '../core/features/navigation';
import { citationAt } from './draft-lookup';
import type { SourceStore } from './source-store';

function location(t: Target): vscode.Location {
  const start = new vscode.Position(t.line - 1, t.column - 1);
  return new vscode.Location(vscode.Uri.parse(t.path), new vscode.Range(start, start.translate(0, t.length)));
}

/** Go to definition: a name jumps to its first mention in the sources, a citation key to its source. */
export class DefinitionProvider implements vscode.DefinitionProvider {
  constructor(private readonly store: SourceStore) {}

  async provideDefinition(doc: vscode.TextDocument, pos: vscode.Position): Promise<vscode.Location | undefined> {
    const index = await this.store.index();
    const cite = citationAt(doc, pos);
    if (cite) {
      const source = index.source(cite.key);
      return source && location(sourceTarget(source));
    }
    const target = nameDefinition(index, doc.getText(), doc.offsetAt(pos));
    return target && location(target);
  }
}

/** Find all references: every mention of the person in the sources. */
export class ReferenceProvider implements vscode.ReferenceProvider {
  constructor(private readonly store: SourceStore) {}

  async provideReferences(doc: vscode.TextDocument, pos: vscode.Position): Promise<vscode.Location[]> {
    return nameReferences(await this.store.index(), doc.getText(), doc.offsetAt(pos)).map(location);
  }
}
