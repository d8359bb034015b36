import * as vscode from 'vscode';
import type { GroundworkIndex } from '../core/groundwork-index';
import { citationAt as citationIn, keyPrefixAt as keyPrefixIn, scanMarkdown, type MarkdownScan } from '../core/pandoc-citations';
import type { Person } from '../core/types';

export interface NameAt {
  person: Person;
  range: vscode.Range;
}

export interface CitationAt {
  key: string;
  style: 'pandoc' | 'footnote';
  range: vscode.Range;
}

/** The known name under a position in a draft, if any. */
export function nameAt(index: GroundworkIndex, doc: vscode.TextDocument, pos: vscode.Position): NameAt | undefined {
  const line = doc.lineAt(pos.line).text;
  const hit = index.matchNames(line).find((h) => h.start <= pos.character && pos.character <= h.end);
  if (!hit) return undefined;
  return { person: hit.value, range: new vscode.Range(pos.line, hit.start, pos.line, hit.end) };
}

const scans = new WeakMap<vscode.TextDocument, { version: number; scan: MarkdownScan }>();

/** The draft as pandoc reads it, parsed once per version. */
export function scanOf(doc: vscode.TextDocument): MarkdownScan {
  const cached = scans.get(doc);
  if (cached?.version === doc.version) return cached.scan;
  const scan = scanMarkdown(doc.getText());
  scans.set(doc, { version: doc.version, scan });
  return scan;
}

/** The citation key under a position, as pandoc reads the draft: `[@key]`, `@key`, `[^key]` or a `[^key]:` definition. */
export function citationAt(doc: vscode.TextDocument, pos: vscode.Position): CitationAt | undefined {
  const hit = citationIn(doc.getText(), scanOf(doc), doc.offsetAt(pos));
  return hit && { key: hit.key, style: hit.style, range: new vscode.Range(doc.positionAt(hit.start), doc.positionAt(hit.end)) };
}

/** The key typed before a position (after an `@` where pandoc reads a citation), if any. */
export function keyPrefixAt(doc: vscode.TextDocument, pos: vscode.Position): string | undefined {
  return keyPrefixIn(doc.getText(), scanOf(doc), doc.offsetAt(pos))?.typed;
}
