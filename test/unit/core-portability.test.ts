import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as vm from 'node:vm';
import * as esbuild from 'esbuild';

describe('the core is host-free', () => {
  it('has no import of vscode or a Node built-in', () => {
    const files = readdirSync(join(process.cwd(), 'src/core'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    assert.ok(files.includes(join('checks', 'index.ts')));
    for (const file of files) {
      const text = readFileSync(join(process.cwd(), 'src/core', file), 'utf8');
      assert.doesNotMatch(text, /from ['"](?:vscode|node:[a-z_]+|fs|path|os|child_process)['"]/, file);
    }
  });

  it('bundles for the browser and indexes and checks against the seeds in a sandbox with no require, process or fs', async () => {
    const result = await esbuild.build({
      entryPoints: [join(process.cwd(), 'src/core/index.ts')],
      bundle: true,
      platform: 'browser',
      format: 'iife',
      globalName: 'groundworkCore',
      alias: (await import(join(process.cwd(), 'scripts/bundle-aliases.mjs'))).bundleAliases,
      write: false,
      logLevel: 'silent',
    });
    const code = result.outputFiles[0].text;
    const seeds = readdirSync(join(process.cwd(), 'seeds')).map((f) => ({ path: f, bytes: new Uint8Array(readFileSync(join(process.cwd(), 'seeds', f))) }));
    // What a web worker offers: `self`, `atob` and the encoding APIs, nothing of Node's.
    const workerConsole = { log: console.log, warn: console.warn, error: console.error };
    const sandbox: Record<string, unknown> = { TextDecoder, TextEncoder, atob, console: workerConsole, seeds, out: undefined, bib: undefined };
    sandbox.self = sandbox;
    vm.createContext(sandbox);
    vm.runInContext(
      `${code}
      const index = new groundworkCore.GroundworkIndex(groundworkCore.buildCorpus(seeds));
      out = { people: index.people.map((p) => p.name), findings: groundworkCore.checkDraft('No Kwang Choi said "a new level of cooperation".', { index }).findings.map((f) => f.rule) };`,
      sandbox,
    );
    const out = sandbox.out as { people: string[]; findings: string[] };
    assert.ok(out.people.includes('No Kwang Chol'));
    assert.deepEqual([...out.findings], ['misspelled-name', 'quote-not-found']);
    // citation.js too: read a .bib and write BibTeX, with no Node built-in.
    vm.runInContext(
      `bib = groundworkCore.parseBibliography('refs.bib', groundworkCore.formatBibliography(groundworkCore.buildCorpus(seeds).sources.map(groundworkCore.toCsl), 'bibtex'));`,
      sandbox,
    );
    assert.deepEqual(Array.from((sandbox.bib as { entries: { key: string }[] }).entries, (e) => e.key).sort(), [
      'ap-2024-11-29-belousov',
      'belousov-russian-defense',
    ]);
  });
});
