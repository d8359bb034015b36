import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { parseBibliography } from '../../src/core/bibliography';
import { isValidKey, MAX_KEY_LENGTH } from '../../src/core/key-rule';
import { checkDraft } from '../../src/core/checks';
import { buildCorpus } from '../../src/core/corpus';
import { CorpusBuilder } from '../../src/core/corpus-builder';
import { GroundworkIndex } from '../../src/core/groundwork-index';
import { input, seedInputs } from './fixtures';

const clipping = (key: string, body = 'A fabricated clipping says the minister “promised to hand over every secret plan tomorrow”.') =>
  input(`/clips/fake-${key.length}.md`, `---\ntitle: Fake\nkey: ${JSON.stringify(key)}\n---\n\n${body}\n`);

describe('hostile input: citation keys', () => {
  it("finding 10: a clipping that declares a real source's key takes nothing over; the clash is reported on both", () => {
    const real = buildCorpus(seedInputs()).sources.find((s) => s.key === 'ap-2024-11-29-belousov')!;
    const corpus = buildCorpus([...seedInputs(), clipping('ap-2024-11-29-belousov')]);
    const holders = corpus.sources.filter((s) => s.key === 'ap-2024-11-29-belousov');
    assert.deepEqual(holders, []);
    const fake = corpus.sources.find((s) => s.path.startsWith('/clips/'))!;
    const genuine = corpus.sources.find((s) => s.path === real.path)!;
    for (const s of [fake, genuine])
      assert.ok(
        s.errors.some((e) => e.includes('"ap-2024-11-29-belousov"') && e.includes('clash')),
        s.errors.join('; '),
      );
    assert.ok(fake.errors[0].includes(genuine.path.replace(/^.*\//, '')) && genuine.errors[0].includes('fake-'));

    const draft = 'The minister “promised to hand over every secret plan tomorrow” [@ap-2024-11-29-belousov].\n';
    const findings = checkDraft(draft, { index: new GroundworkIndex(corpus) }).findings;
    assert.ok(
      findings.some((f) => f.rule === 'unknown-citation'),
      'the real key cites nothing while it is contested',
    );
  });

  it('finding 10: the incremental builder reports a clash once per build, and drops it when the clash goes', () => {
    const builder = new CorpusBuilder();
    for (const i of seedInputs()) builder.set(i);
    builder.set(clipping('ap-2024-11-29-belousov'));
    builder.build();
    const { corpus } = builder.build();
    const fake = corpus.sources.find((s) => s.path.startsWith('/clips/'))!;
    assert.equal(fake.errors.filter((e) => e.includes('clash')).length, 1);
    builder.delete(fake.path);
    const after = builder.build().corpus;
    assert.ok(after.sources.some((s) => s.key === 'ap-2024-11-29-belousov' && s.errors.length === 0));
  });

  it("finding 10: a declared key that breaks Pandoc's key rule is a source error and a generated key is used", () => {
    for (const bad of [
      'x%22%5D',
      'a#b',
      'a~b',
      'k")](command:evil)',
      'a b',
      '<script>',
      'a<b>c',
      'trailing.',
      '-lead',
      '$(check)',
      'new\nline',
      'x'.repeat(MAX_KEY_LENGTH + 1),
    ]) {
      const source = buildCorpus([clipping(bad)]).sources[0];
      assert.notEqual(source.key, bad);
      assert.ok(isValidKey(source.key), source.key);
      assert.ok(
        source.errors.some((e) => e.startsWith('front matter key') && e.includes('generated key')),
        `${JSON.stringify(bad)}: ${source.errors.join('; ')}`,
      );
    }
    for (const good of ['smith2004', 'Doe:2020.a', 'ünïcødé_1', '12/34', 'a$b&d+e?f', 'http://x.org/a']) {
      assert.equal(buildCorpus([clipping(good)]).sources[0].key, good);
    }
  });

  it('finding 16: a 4 MB key is refused when declared, and a generated key stays within the cap', () => {
    const huge = 'k'.repeat(4 * 1024 * 1024);
    const declared = buildCorpus([clipping(huge)]).sources[0];
    assert.ok(declared.key.length <= MAX_KEY_LENGTH && declared.errors.some((e) => e.includes('over the 64 KB limit')), declared.errors.join());
    const long = buildCorpus([clipping(huge.slice(0, 60_000))]).sources[0];
    assert.ok(long.key.length <= MAX_KEY_LENGTH && long.errors.some((e) => e.includes('over the 100')));
    assert.ok(
      long.errors.every((e) => e.length < 400),
      'the error quotes the key shortened',
    );
    for (const [path, text] of [
      ['/refs.bib', `@article{${huge},\n  title = {T}\n}\n@article{ok1,\n  title = {T}\n}\n`],
      [
        '/refs.json',
        JSON.stringify([
          { id: huge, type: 'article', title: 'T' },
          { id: 'ok1', type: 'article', title: 'T' },
        ]),
      ],
    ]) {
      const bib = parseBibliography(path, text)!;
      assert.deepEqual(
        bib.entries.map((e) => e.key),
        ['ok1'],
        path,
      );
      assert.ok(bib.errors.some((e) => e.includes('over the 100')) && bib.errors.every((e) => e.length < 400), bib.errors.join().slice(0, 300));
    }
    const word = 'Q'.repeat(4 * 1024 * 1024);
    const generated = buildCorpus([input('/clips/long.md', `---\ntitle: ${word}\noutlet: ${word}\ndate: ${word}\n---\n\nSome text that is readable.\n`)])
      .sources[0];
    assert.ok(generated.key.length <= MAX_KEY_LENGTH && isValidKey(generated.key), generated.key.slice(0, 120));
    const twins = buildCorpus([1, 2, 3].map((n) => input(`/clips/${n}.md`, `---\ntitle: ${word}\noutlet: ${word}\n---\n\nText.\n`))).sources;
    assert.equal(new Set(twins.map((s) => s.key)).size, 3);
    for (const s of twins) assert.ok(s.key.length <= MAX_KEY_LENGTH && isValidKey(s.key));
  });

  it('finding 10: every key we accept is one Pandoc reads as a citation of exactly that key', () => {
    // Mostly what the rule allows, some of what it does not, so both sides of the rule are met.
    const alphabet = [...'abZ9_ü:.#$%&-+?~/abZ9_ü:.#$%&-+?~/', ...'<>()[]{}"\'@;, !*=^|😀'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 16;
    const candidates = Array.from(
      { length: 3000 },
      () => alphabet[next() % 4] + Array.from({ length: 1 + (next() % 8) }, () => alphabet[next() % alphabet.length]).join('') + alphabet[next() % 4],
    );
    const accepted = [...new Set(candidates.filter(isValidKey))];
    assert.ok(accepted.length > 100, `${accepted.length} accepted`);
    const r = spawnSync('pandoc', ['-f', 'markdown', '-t', 'json'], { input: accepted.map((k) => `[@${k}]`).join('\n\n'), encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const blocks = JSON.parse(r.stdout).blocks as Array<{ c: Array<{ t: string; c: [Array<{ citationId: string }>] }> }>;
    const read = blocks.map((b) => (b.c.length === 1 && b.c[0].t === 'Cite' ? b.c[0].c[0].map((c) => c.citationId).join(' ') : JSON.stringify(b.c)));
    assert.deepEqual(read, accepted);
  });
});
