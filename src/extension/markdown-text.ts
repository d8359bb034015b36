import * as vscode from 'vscode';

/** Commands a hover card may run; anything else in a `command:` link stays inert. */
export const CARD_COMMANDS = ['groundwork.openPassage', 'groundwork.insertCitation'];

export function card(): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', true);
  md.isTrusted = { enabledCommands: CARD_COMMANDS };
  md.supportHtml = false;
  return md;
}

/** A command link of ours; the label is our own text, the arguments are URL-encoded JSON. */
export function commandLink(label: string, command: string, args: unknown[]): string {
  return `[${label}](command:${command}?${encodeURIComponent(JSON.stringify(args))})`;
}

/** Untrusted source text as inert Markdown: every character that means something is escaped. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~&:"']/g, (c) => `\\${c}`).replace(/\s+/g, ' ');
}
