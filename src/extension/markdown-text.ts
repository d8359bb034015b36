import * as vscode from 'vscode';

/** Commands a hover card may run; anything else in a `command:` link stays inert. */
export const CARD_COMMANDS = ['groundwork.openPassage', 'groundwork.insertCitation'];

/** A hover or completion card: no HTML, no theme icons, only our own commands. Text goes in through core/markdown-text. */
export function card(): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', false);
  md.isTrusted = { enabledCommands: CARD_COMMANDS };
  md.supportHtml = false;
  md.supportThemeIcons = false;
  return md;
}
