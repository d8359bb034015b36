import * as vscode from 'vscode';
import { CITATION_KEY } from '../core/citations';
import { nameAt as nameSpanAt } from '../core/features/name-at';
import type { GroundworkIndex } from '../core/groundwork-index';
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

// Unlike CITATION (keys a draft cites), a footnote definition `[^key]:` counts here: it can be hovered too.
const CITE = new RegExp(String.raw`\[\^([^\]\s]+)\]|${CITATION_KEY}`, 'gu');

/** The citation key under a position: `[@key]`, `@key` inside brackets, or `[^key]`. */
export function citationAt(doc: vscode.TextDocument, pos: vscode.Position): CitationAt | undefined {
  const line = doc.lineAt(pos.line).text;
  for (const m of line.matchAll(CITE)) {
    const start = m.index;
    const end = start + m[0].length;
    if (start <= pos.character && pos.character <= end) {
      return { key: m[1] ?? m[2], style: m[1] ? 'footnote' : 'pandoc', range: new vscode.Range(pos.line, start, pos.line, end) };
    }
  }
  return undefined;
}
