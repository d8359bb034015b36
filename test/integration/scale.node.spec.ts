import * as assert from 'node:assert/strict';
import { chmodSync, symlinkSync, writeFileSync } from 'node:fs';
import * as vscode from 'vscode';
import type { BuildReport } from '../../src/core/engine/build-report';
import type { GroundworkApi } from '../../src/extension/extension';

const BURST = 1000;

async function eventually<T>(probe: () => Promise<T | undefined> | T | undefined, what: string, state = () => '', ms = 50_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what} ${state()}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('many sources and bad ones', () => {
  let api: GroundworkApi;
  let sources: vscode.Uri;
  const builds: BuildReport[] = [];

  before(async () => {
    api = await vscode.extensions.getExtension<GroundworkApi>('groundwork.groundwork')!.activate();
    sources = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'sources');
    api.store.onDidBuild((r) => builds.push(r));
    await api.store.index();
  });

  it('parses sources in a worker, not in the extension host thread', () => {
    assert.equal(api.store.usesWorker, true);
  });

  it('takes a burst of 1,000 new files (as a git checkout makes) as one update that parses only them', async function () {
    this.timeout(180_000);
    // Earlier tests' file events (their clean-up) settle first.
    for (let last = -1; last !== builds.length;) {
      last = builds.length;
      await new Promise((r) => setTimeout(r, 2000));
      await api.store.index();
    }
    const before = builds.length;
    const edit = new vscode.WorkspaceEdit();
    for (let i = 0; i < BURST; i++) {
      const text = `Burst ${i}\n\nTRENTON, New Jersey (AP) — Finance Minister Halvard Burstmann${i % 7} said the batch ${i} figures were revised.\n`;
      edit.createFile(vscode.Uri.joinPath(sources, 'burst', `b${i}.txt`), { contents: new TextEncoder().encode(text) });
    }
    assert.ok(await vscode.workspace.applyEdit(edit));
    try {
      const inBurst = async () => (await api.store.index()).sources.filter((s) => s.path.includes('/burst/')).length;
      await eventually(
        async () => ((await inBurst()) === BURST ? true : undefined),
        'the burst to be indexed',
        () => `${api.store.peek()?.sources.length} sources`,
      );
      assert.equal(builds.length, before + 1, 'one build for the whole burst');
      assert.equal(builds.at(-1)!.parsed, BURST);

      const one = vscode.Uri.joinPath(sources, 'burst', 'b5.txt');
      await vscode.workspace.fs.writeFile(
        one,
        new TextEncoder().encode('Changed\n\nTRENTON, New Jersey (AP) — Trade Minister Ysolde Fairweather said the figures were revised.\n'),
      );
      const index = await eventually(async () => {
        const i = await api.store.index();
        return i.personNamed('Ysolde Fairweather') ? i : undefined;
      }, 'the changed file to be indexed');
      assert.equal(builds.at(-1)!.parsed, 1, 'only the changed file is parsed again');
      assert.equal(index.sources.filter((s) => s.path.includes('/burst/')).length, BURST);
    } finally {
      // File by file: a folder deleted whole reaches the source globs' watchers as one folder event, which they do not match.
      const cleanup = new vscode.WorkspaceEdit();
      for (let i = 0; i < BURST; i++) cleanup.deleteFile(vscode.Uri.joinPath(sources, 'burst', `b${i}.txt`));
      await vscode.workspace.applyEdit(cleanup);
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(sources, 'burst'), { recursive: true });
      await eventually(
        async () => ((await api.store.index()).sources.some((s) => s.path.includes('/burst/')) ? undefined : true),
        'the burst to leave the index',
        () =>
          (api.store.peek()?.sources.filter((s) => s.path.includes('/burst/')) ?? [])
            .slice(0, 2)
            .map((s) => `${s.path}: ${s.errors.join('; ')}`)
            .join('; '),
      );
    }
  });

  it('indexes the good files among bad ones and reports each bad one once, also after a reload', async () => {
    const dir = vscode.Uri.joinPath(sources, 'bad');
    const path = (name: string) => vscode.Uri.joinPath(dir, name).fsPath;
    await vscode.workspace.fs.createDirectory(dir);
    writeFileSync(path('empty.txt'), '');
    writeFileSync(path('binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]));
    writeFileSync(path('latin1.txt'), Buffer.from('Caf\xe9 owner Jos\xe9 Ortega said hello.\n', 'latin1'));
    writeFileSync(path('broken.md'), '---\ntitle: [unclosed\n---\nBody text.\n');
    writeFileSync(path('locked.txt'), 'Foreign Minister Ilsabet Marrow said the talks went well.\n');
    chmodSync(path('locked.txt'), 0o000);
    symlinkSync(path('loop-a.txt'), path('loop-b.txt'));
    symlinkSync(path('loop-b.txt'), path('loop-a.txt'));
    writeFileSync(path('good.md'), '---\ntitle: Good\n---\n\nInterior Minister Corvin Ashgrove said the border would stay open.\n');
    try {
      const index = await api.store.reload();
      assert.ok(index.personNamed('Corvin Ashgrove'), 'the good file is indexed');
      const problems = api.store.problems().filter((p) => p.includes('/sources/bad/'));
      const about = (name: string) => problems.filter((p) => p.includes(`bad/${name}:`));
      assert.match(about('empty.txt').join(), /empty file/);
      assert.match(about('binary.txt').join(), /binary file/);
      assert.match(about('latin1.txt').join(), /invalid UTF-8/);
      assert.match(about('broken.md').join(), /front matter/);
      // Root reads a chmod 000 file anyway; anyone else gets an error on that source.
      if (process.getuid?.() === 0) assert.ok(index.personNamed('Ilsabet Marrow'), 'root can read the locked file');
      else assert.match(about('locked.txt').join(), /could not read/);
      const loops = problems.filter((p) => /loop-[ab]\.txt/.test(p));
      const listed = index.sources.filter((s) => /loop-[ab]\.txt$/.test(s.path)).length;
      assert.equal(loops.length, listed, 'each listed looping link has its one error');
      await api.store.reload();
      assert.deepEqual(
        api.store.problems().filter((p) => p.includes('/sources/bad/')),
        problems,
        'nothing reported twice',
      );
      const roots = await api.sourcesTree.getChildren();
      const empty = roots.map((r) => api.sourcesTree.getTreeItem(r)).find((i) => String(i.resourceUri).endsWith('empty.txt'));
      assert.equal(empty?.description, 'empty file', 'the sidebar shows the error');
    } finally {
      chmodSync(path('locked.txt'), 0o644);
      await vscode.workspace.fs.delete(dir, { recursive: true });
      await api.store.reload();
    }
  });
});
