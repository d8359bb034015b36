import * as vscode from 'vscode';

export { commandLink, escapeMarkdown } from '../core/markdown-text';

/** Commands a hover card may run; anything else in a `command:` link stays inert. */
export const CARD_COMMANDS = ['groundwork.openPassage', 'groundwork.insertCitation'];

export function card(): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', true);
  md.isTrusted = { enabledCommands: CARD_COMMANDS };
  md.supportHtml = false;
  return md;
}
