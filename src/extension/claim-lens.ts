import * as vscode from 'vscode';
import type { DraftChecker } from './draft-checker';

/** Above each uncited claim: a lens that lists the passages that support it. */
export class ClaimLensProvider implements vscode.CodeLensProvider {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly checker: DraftChecker) {
    this.subscription = checker.onDidCheck(() => this.changed.fire());
  }

  provideCodeLenses(doc: vscode.TextDocument): vscode.CodeLens[] {
    return this.checker
      .findings(doc)
      .filter((f) => f.rule === 'uncited-claim')
      .map((f) => {
        const at = doc.positionAt(f.start);
        return new vscode.CodeLens(new vscode.Range(at, at), {
          title: '$(quote) Find supporting sources',
          command: 'groundwork.findSupport',
          arguments: [doc.uri, f.start],
        });
      });
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
