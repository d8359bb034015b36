import * as vscode from 'vscode';
import type { GroundworkIndex } from '../core/groundwork-index';

/** "2 sources · 9 people"; opens the Groundwork view. */
export function createStatusBar(): { item: vscode.StatusBarItem; show(index: GroundworkIndex): void } {
  const item = vscode.window.createStatusBarItem('groundwork.status', vscode.StatusBarAlignment.Left, 50);
  item.name = 'Groundwork';
  item.command = 'workbench.view.extension.groundwork';
  item.text = '$(sync~spin) Groundwork';
  item.tooltip = 'Groundwork is indexing sources';
  item.show();
  return {
    item,
    show(index) {
      const people = index.people.filter((p) => p.kind === 'person').length;
      const broken = index.sources.filter((s) => s.errors.length).length;
      item.text = `$(book) ${index.sources.length} source${index.sources.length === 1 ? '' : 's'} · ${people} people${broken ? ` · $(warning) ${broken}` : ''}`;
      item.tooltip = broken ? `${broken} source(s) could not be read fully — see Groundwork: Show Output` : 'Groundwork sources — click to open the view';
    },
  };
}
