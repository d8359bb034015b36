import * as vscode from 'vscode';

export function activate(context: vscode.ExtensionContext): void {
  const output = vscode.window.createOutputChannel('Groundwork', { log: true });
  context.subscriptions.push(output);
  output.info('Groundwork activated');
}

export function deactivate(): void {}
