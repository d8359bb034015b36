import * as vscode from 'vscode';
import { isCslStyle } from '../core/citeproc';
import { readSettings } from './settings';

/**
 * CSL style files named by a draft's `csl:` (next to the draft) or by `groundwork.csl` (in the
 * workspace), read once and kept until they change. Rendering is synchronous, so a style not read
 * yet renders in the default style and the preview is refreshed when it arrives.
 */
export class CslStyles implements vscode.Disposable {
  private readonly styles = new Map<string, string | undefined>();
  private readonly watcher = vscode.workspace.createFileSystemWatcher('**/*.csl');
  private readonly emitter = new vscode.EventEmitter<void>();
  /** A style file was read, changed or deleted: what it renders should render again. */
  readonly onDidChange = this.emitter.event;

  constructor(private readonly log: vscode.LogOutputChannel) {
    const forget = (uri: vscode.Uri) => {
      if (this.styles.delete(uri.toString())) this.emitter.fire();
    };
    this.watcher.onDidChange(forget);
    this.watcher.onDidDelete(forget);
  }

  /** The style for a draft: its `csl:`, else the setting, else `numbered` → Vancouver; undefined → pandoc's default. */
  style(csl: string | undefined, draft: vscode.Uri | undefined): string | undefined {
    const settings = readSettings();
    const base = csl ? (draft ? vscode.Uri.joinPath(draft, '..') : vscode.workspace.workspaceFolders?.[0]?.uri) : vscode.workspace.workspaceFolders?.[0]?.uri;
    const file = csl ?? settings.csl;
    if (file && base) return this.read(/^(?:[a-z]+:|\/)/i.test(file) ? vscode.Uri.file(file) : vscode.Uri.joinPath(base, file));
    return settings.previewCitations === 'numbered' ? 'vancouver' : undefined;
  }

  private read(uri: vscode.Uri): string | undefined {
    const id = uri.toString();
    if (this.styles.has(id)) return this.styles.get(id);
    this.styles.set(id, undefined);
    void vscode.workspace.fs.readFile(uri).then(
      (bytes) => {
        const xml = new TextDecoder().decode(bytes);
        if (!isCslStyle(xml)) {
          this.log.warn(`${vscode.workspace.asRelativePath(uri)} is not a CSL style; citations use Chicago author-date.`);
          return;
        }
        this.styles.set(id, xml);
        this.emitter.fire();
      },
      (err: unknown) => this.log.warn(`cannot read the CSL style ${vscode.workspace.asRelativePath(uri)}: ${err instanceof Error ? err.message : String(err)}`),
    );
    return undefined;
  }

  dispose(): void {
    this.watcher.dispose();
    this.emitter.dispose();
  }
}
