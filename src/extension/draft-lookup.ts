import * as vscode from 'vscode';
import { nameAt as nameSpanAt } from '../core/features/name-at';
import type { GroundworkIndex } from '../core/groundwork-index';
import { citationAt as citationIn, scanMarkdown, type MarkdownScan } from '../core/pandoc-citations';
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

/** The known name under a position in a draft, if any (matched as the checks match names; see the core's nameAt). */
export function nameAt(index: GroundworkIndex, doc: vscode.TextDocument, pos: vscode.Position): NameAt | undefined {
  const name = nameSpanAt(index, doc.getText(), doc.offsetAt(pos));
  return name && { person: name.person, range: new vscode.Range(doc.positionAt(name.start), doc.positionAt(name.end)) };
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
