import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseBibliography } from '../../src/core/bibliography';
import { findQuotes } from '../../src/core/checks/draft-quotes';
import { readDraft } from '../../src/core/checks';
import { citedKeys } from '../../src/core/citations';
import { readFrontMatter } from '../../src/core/front-matter';
import { parseSource } from '../../src/core/parse-source';
import { LineIndex } from '../../src/core/text-position';
import { seedInputs } from './fixtures';

// A short fuzz of every parser a file reaches: random bytes, and real sources cut, spliced and
// seeded with the tokens the parsers look for. Deterministic (a fixed seed), so a failure repeats.
const TOKENS = [
  '---\n',
  '...\n',
  '\r',
  '\r\n',
  '\n\n',
  '\0',
  '\ufeff',
  '<p>',
  '</p>',
  '<script>',
  '<!--',
  '&amp;',
  '“',
  '”',
  '"',
  '[^',
  ']:',
  '[@',
  '@',
  '`',
  '```\n',
  '> ',
  '# ',
  '(AP) — ',
  'SEOUL, ',
  'Copyright 2024 ',
  '(Photo via AP)',
  'key: ',
  'title: ',
  '@article{',
  '}',
  '{',
  '"id": ',
  '...',
  '…',
  '😀',
  '\u202e',
  '\u001b[2J',
  ' '.repeat(200),
  'A'.repeat(200),
];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1103515245 + 12345) >>> 0) >>> 8) / (1 << 24);
}

function mutate(text: string, random: () => number): string {
  let out = text;
  for (let k = 0, n = 1 + Math.floor(random() * 8); k < n; k++) {
    const at = Math.floor(random() * (out.length + 1));
    const choice = random();
    if (choice < 0.4) out = out.slice(0, at) + TOKENS[Math.floor(random() * TOKENS.length)] + out.slice(at);
    else if (choice < 0.6) out = out.slice(0, at) + out.slice(at + Math.floor(random() * 200));
    else if (choice < 0.8) out = out.slice(0, at) + out.slice(Math.floor(random() * out.length), Math.floor(random() * out.length)) + out.slice(at);
    else out = out.slice(0, at) + String.fromCharCode(Math.floor(random() * 0x3000)) + out.slice(at);
  }
  return out;
}

function randomBytes(random: () => number, length: number): Uint8Array {
  return Uint8Array.from({ length }, () => Math.floor(random() * 256));
}

/** Runs every parser on one input; checks that each offset slices back to the text it names. */
function parseAll(name: string, bytes: Uint8Array): void {
  const source = parseSource({ path: name, bytes });
  const lines = new LineIndex(source.text);
  for (const p of source.passages) {
    assert.ok(p.start >= 0 && p.start <= p.end && p.end <= source.text.length, `${name}: passage ${p.start}..${p.end}`);
    if (!p.offsets) assert.equal(source.text.slice(p.start, p.end), p.text, `${name}: passage text`);
    assert.deepEqual(lines.position(p.start), { line: p.line, column: p.column });
    for (const s of p.sentences) {
      assert.ok(s.start >= p.start && s.start <= s.end && s.end <= p.end, `${name}: sentence ${s.start}..${s.end} in ${p.start}..${p.end}`);
      if (!p.offsets) assert.equal(source.text.slice(s.start, s.end), s.text, `${name}: sentence text`);
    }
  }
  const text = new TextDecoder().decode(bytes);
  const fm = readFrontMatter(text);
  assert.ok(fm.bodyStart >= 0 && fm.bodyStart <= text.length);
  parseBibliography('/f.bib', text);
  parseBibliography('/f.json', text);
  const draft = readDraft(text);
  assert.equal(draft.prose.length, text.length, 'the draft prose keeps every offset');
  for (const q of findQuotes(draft)) assert.ok(q.start >= 0 && q.start <= q.end && q.end <= text.length);
  citedKeys(text);
}

describe('hostile input: a short fuzz of the parsers', () => {
  it('random bytes and mutated real sources never throw, offsets slice back, and no input is pathologically slow', function () {
    this.timeout(120_000);
    const random = rng(12);
    const real = [
      ...seedInputs().map((i) => new TextDecoder().decode(i.bytes)),
      ...['draft.md', 'fact-check.md'].map((f) => readFileSync(join(process.cwd(), 'test/fixtures/workspace', f), 'utf8')),
    ];
    const inputs: Array<[string, Uint8Array]> = [];
    for (let i = 0; i < 150; i++) inputs.push([`/fuzz/random-${i}.${['txt', 'md', 'html'][i % 3]}`, randomBytes(random, Math.floor(random() * 4096))]);
    for (let i = 0; i < 450; i++) {
      const base = real[i % real.length];
      inputs.push([`/fuzz/mutated-${i}.${['txt', 'md', 'html'][i % 3]}`, new TextEncoder().encode(mutate(base, random))]);
    }
    const times: number[] = [];
    for (const [name, bytes] of inputs) {
      const start = performance.now();
      try {
        parseAll(name, bytes);
      } catch (err) {
        assert.fail(`${name} (${bytes.length} bytes): ${(err as Error).stack}`);
      }
      times.push((performance.now() - start) / Math.max(1, bytes.length));
    }
    // Per byte, the slowest input is within a wide factor of the typical one: backtracking blows that by orders of magnitude.
    const sorted = [...times].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)];
    assert.ok(sorted[sorted.length - 1] < 200 * median + 0.05, `slowest ${sorted[sorted.length - 1].toFixed(4)} ms/byte, median ${median.toFixed(4)}`);
  });
});
