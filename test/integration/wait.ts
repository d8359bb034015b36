import type * as vscode from 'vscode';

/** Polls `probe` until it gives a value, or fails after `ms` naming what it waited for. */
export async function eventually<T>(probe: () => T | undefined | Promise<T | undefined>, what: string, ms = 15000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** The text of every part of a hover result. */
export function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}
