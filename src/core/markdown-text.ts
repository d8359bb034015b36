/** Markdown that hover cards and completion documentation are written in: source text escaped, links only of our own making. */

/** A command link of ours; the label is our own text, the arguments are URL-encoded JSON. */
export function commandLink(label: string, command: string, args: unknown[]): string {
  return `[${label}](command:${command}?${encodeURIComponent(JSON.stringify(args))})`;
}

/** Untrusted source text as inert Markdown: every character that means something is escaped. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~&:"']/g, (c) => `\\${c}`).replace(/\s+/g, ' ');
}
