import * as vscode from 'vscode';
import type { FileFacts } from '../core/file-rules';

/** A workspace stat in the core's terms. A symlink VS Code followed counts as what it points to. */
export function factsOfStat(stat: vscode.FileStat): FileFacts {
  const kind = stat.type & vscode.FileType.File ? 'file' : stat.type & vscode.FileType.Directory ? 'directory' : 'other';
  return { kind, size: stat.size };
}
