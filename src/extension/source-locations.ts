import * as vscode from 'vscode';
import type { SourceSpan } from '../core/checks/types';
import type { GroundworkIndex } from '../core/groundwork-index';
import { passageFileOffset } from '../core/passage-offsets';
import { LineIndex } from '../core/text-position';
import type { Source } from '../core/types';

const lines = new WeakMap<Source, LineIndex>();

/** Where a span of passage text sits in its source file, for related information and navigation. */
export function spanLocation(index: GroundworkIndex, span: SourceSpan): vscode.Location | undefined {
  const source = index.source(span.sourceKey);
  const passage = source?.passages.find((p) => p.id === span.passageId);
  if (!source || !passage) return undefined;
  let table = lines.get(source);
  if (!table) lines.set(source, (table = new LineIndex(source.text)));
  const at = (offset: number) => {
    const { line, column } = table.position(offset);
    return new vscode.Position(line - 1, column - 1);
  };
  const range = new vscode.Range(at(passageFileOffset(passage, span.start)), at(passageFileOffset(passage, span.end - 1) + 1));
  return new vscode.Location(vscode.Uri.parse(source.path), range);
}
