import * as vscode from 'vscode';
import type { Fix } from '../core/checks/types';
import type { DraftChecker } from './draft-checker';

/** Quick fixes for Groundwork's diagnostics: each finding's fixes, as one undoable edit or a remembered name. */
export class CheckActionProvider implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly checker: DraftChecker) {}

  provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const findings = this.checker.findings(doc);
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of context.diagnostics.filter((d) => d.source === 'Groundwork')) {
      const finding = findings.find(
        (f) => f.rule === diagnostic.code && doc.offsetAt(diagnostic.range.start) === f.start && doc.offsetAt(diagnostic.range.end) === f.end,
      );
      if (!finding) continue;
      for (const fix of finding.fixes) actions.push(toAction(doc, diagnostic, fix));
      if (finding.rule === 'uncited-claim') {
        const more = new vscode.CodeAction('Find supporting sources…', vscode.CodeActionKind.QuickFix);
        more.diagnostics = [diagnostic];
        more.command = { title: more.title, command: 'groundwork.findSupport', arguments: [doc.uri, finding.start] };
        actions.push(more);
      }
    }
    return actions;
  }
}

function toAction(doc: vscode.TextDocument, diagnostic: vscode.Diagnostic, fix: Fix): vscode.CodeAction {
  const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
  action.diagnostics = [diagnostic];
  action.isPreferred = fix.preferred;
  if (fix.edits.length > 0) {
    action.edit = new vscode.WorkspaceEdit();
    for (const e of fix.edits) action.edit.replace(doc.uri, new vscode.Range(doc.positionAt(e.start), doc.positionAt(e.end)), e.text);
  }
  if (fix.remember) action.command = { title: fix.title, command: 'groundwork.rememberName', arguments: [fix.remember.list, fix.remember.name] };
  else if (fix.cites) action.command = { title: fix.title, command: 'groundwork.syncBibliography', arguments: [doc.uri, fix.cites] };
  return action;
}

/** Adds a name to `groundwork.checks.ignoredNames` or `groundwork.notPeople`, in the workspace when there is one. */
export async function rememberName(list: 'ignoredNames' | 'notPeople', name: string): Promise<void> {
  const setting = list === 'ignoredNames' ? 'checks.ignoredNames' : 'notPeople';
  const config = vscode.workspace.getConfiguration('groundwork');
  const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  const current = config.get<string[]>(setting, []);
  if (current.some((n) => n.toLowerCase() === name.toLowerCase())) return;
  await config.update(setting, [...current, name], target);
}
