/**
 * Untrusted text (sources, keys, paths, bibliographies) made inert for every surface that
 * interprets text: Markdown cards, notifications, log lines, quick picks and command links.
 */

// C0 controls except tab and newline, DEL, C1 controls (0x9b is a one-byte CSI), and the
// bidirectional overrides and isolates that reorder what a reader sees.
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Control characters shown as `\uNNNN`, so nothing reaches a terminal or log as a control. Tab
 * and newline stay. The escape is JSON's own, so JSON text stays valid JSON with the same value.
 */
export function escapeControls(text: string): string {
  return text.replace(CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** One line of plain text: controls escaped, every run of whitespace (newlines too) one space. */
export function oneLine(text: string): string {
  return escapeControls(text.replace(/\s+/g, ' ')).trim();
}

/** Shortened to `max` characters with an ellipsis; never splits a surrogate pair. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = max - 1;
  if (/[\ud800-\udbff]/.test(text[cut - 1] ?? '')) cut--;
  return `${text.slice(0, cut)}…`;
}

/**
 * Inert Markdown: every ASCII punctuation character is backslash-escaped (CommonMark allows
 * that for all of them), so no link, HTML, emphasis or `$(icon)` can form; one line.
 */
export function escapeMarkdown(text: string): string {
  return oneLine(text).replace(/[!-/:-@[-`{-~]/g, (c) => `\\${c}`);
}

/**
 * Plain text for a notification. VS Code turns `[label](target)` in a message into a link
 * and `$(name)` into an icon, and has no escape for either: a space breaks both forms.
 */
export function notificationText(text: string, max = 200): string {
  return shorten(oneLine(text), max)
    .replace(/\]\s*\(/g, '] (')
    .replace(/\$\(/g, '$ (');
}

/** A line for the output channel: one line, controls escaped, so a source cannot forge log lines. */
export function logText(text: string, max = 500): string {
  return shorten(oneLine(text), max);
}

/** Text for a quick pick label, description or detail: `$(name)` stays literal, not an icon. */
export function escapeIcons(text: string): string {
  return oneLine(text).replace(/\$\(/g, '\\$(');
}

/**
 * The query of a `command:` URI. VS Code decodes a command link's query more than once, so the
 * JSON holds no `%` (it is written `\u0025`), and every character outside [A-Za-z0-9-_.~] is
 * percent-encoded: a second decode changes nothing, and no `)` or space ends the link early.
 */
export function encodeCommandArgs(args: unknown[]): string {
  const json = JSON.stringify(args).replace(/%/g, '\\u0025');
  return encodeURIComponent(json).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** `command:id?args` for one of the extension's own commands. */
export function commandUri(command: string, args: unknown[]): string {
  if (!/^[A-Za-z0-9_.-]+$/.test(command)) throw new Error(`not a command id: ${command}`);
  return `command:${command}?${encodeCommandArgs(args)}`;
}

/** A Markdown command link: the label escaped, the arguments encoded by `encodeCommandArgs`. */
export function commandLink(label: string, command: string, args: unknown[]): string {
  return `[${escapeMarkdown(label)}](${commandUri(command, args)})`;
}

/**
 * Source text written into a draft as Pandoc Markdown: one line, and every character that could
 * start markup (emphasis, code, links, raw HTML, entities, math, citations, attributes) escaped.
 * Lighter than `escapeMarkdown`, so the line stays readable where the writer sees it.
 */
export function markdownInline(text: string): string {
  return oneLine(text).replace(/[\\`*_[\]<>&$^~@|{}!]/g, (c) => `\\${c}`);
}

/** An http(s) URL as a Pandoc autolink `<…>`, or undefined for any other scheme (`javascript:`). */
export function markdownAutolink(url: string): string | undefined {
  const trimmed = url.trim();
  if (!/^https?:\/\/[^\s]/i.test(trimmed)) return undefined;
  return `<${trimmed.replace(/[<>\s"`\\\u0000-\u001f\u007f-\u009f]/g, (c) => encodeURIComponent(c))}>`;
}
