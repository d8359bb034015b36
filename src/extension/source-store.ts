import * as vscode from 'vscode';
import type { CacheStore, Progress } from '../core/engine/host';
import type { IndexerOptions } from '../core/engine/indexer';
import { SourceEngine } from '../core/engine/source-engine';
import type { Settings } from './settings';
import { VscodeSourceFiles } from './vscode-source-files';
import type { WorkspaceFileGuard } from './workspace-file-guard';

/** Cold builds with more files to parse than this show a cancellable notification instead of the status bar spinner. */
const NOTIFY_OVER = 500;

export interface StoreOptions {
  seeds: vscode.Uri;
  settings: () => Settings;
  /** What may be read: nothing through a symlink out of the workspace. */
  guard: WorkspaceFileGuard;
  log: vscode.LogOutputChannel;
  /** Where parsed sources are kept between sessions. */
  cache?: CacheStore;
  /** The indexing workers the host offers; without any, files are parsed in this thread in short slices. */
  indexer?: IndexerOptions;
}

/** The engine over VS Code: files through `vscode.workspace`, progress in the window, problems in the log. */
export class SourceStore extends SourceEngine {
  constructor(options: StoreOptions) {
    super({
      files: new VscodeSourceFiles(options.seeds, options.settings, options.guard),
      log: options.log,
      cache: options.cache,
      progress: windowProgress,
      indexer: options.indexer,
      display: displayPath,
    });
  }
}

const windowProgress: Progress = {
  run(total, task) {
    const location = total > NOTIFY_OVER ? vscode.ProgressLocation.Notification : vscode.ProgressLocation.Window;
    return Promise.resolve(
      vscode.window.withProgress(
        { location, title: 'Groundwork: indexing sources', cancellable: location === vscode.ProgressLocation.Notification },
        (progress, token) => {
          let reported = 0;
          return task((done) => {
            progress.report({ message: `${done} of ${total}`, increment: ((done - reported) / total) * 100 });
            reported = done;
          }, token);
        },
      ),
    );
  },
};

export function displayPath(path: string): string {
  return vscode.workspace.asRelativePath(vscode.Uri.parse(path), false);
}
