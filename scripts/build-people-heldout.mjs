#!/usr/bin/env node
// Writes a held-back person-mention fixture from its annotated text (usage: build-people-heldout.mjs
// [FIXTURE_DIR], default test/fixtures/people-heldout): each annotated/*.txt marks a person mention as [[Name]] (titles and
// honorifics outside the brackets); this strips the marks into docs/*.txt and writes gold.json in
// ../shared/eval's format (start/end string offsets and text of each mention).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? new URL('../test/fixtures/people-heldout/', import.meta.url).pathname;
mkdirSync(join(dir, 'docs'), { recursive: true });
const docs = [];
for (const file of readdirSync(join(dir, 'annotated')).sort()) {
  const marked = readFileSync(join(dir, 'annotated', file), 'utf8');
  let text = '';
  const persons = [];
  let at = 0;
  for (const m of marked.matchAll(/\[\[(.+?)\]\]/g)) {
    text += marked.slice(at, m.index);
    persons.push({ start: text.length, end: text.length + m[1].length, text: m[1] });
    text += m[1];
    at = m.index + m[0].length;
  }
  text += marked.slice(at);
  writeFileSync(join(dir, 'docs', file), text);
  docs.push({ file, persons });
}
const source = 'Hand-written wire-copy-style news (fictional events, public figures and invented people), written for this test; never tuned on.';
writeFileSync(join(dir, 'gold.json'), JSON.stringify({ source, docs }, null, 1) + '\n');
console.log(`${docs.length} docs, ${docs.reduce((n, d) => n + d.persons.length, 0)} person mentions`);

if (!existsSync(join(dir, 'cards.txt'))) process.exit(0);
// cards.txt lines: NAME | DOC NUMBERS | accepted roles separated by `;` (none: the card should show no role).
const people = [];
for (const line of readFileSync(join(dir, 'cards.txt'), 'utf8').split('\n')) {
  if (!line.trim() || line.startsWith('#')) continue;
  const [name, nums, roles] = line.split('|').map((s) => s.trim());
  const roleList = roles.split(';').map((r) => r.trim());
  people.push({ name, docs: nums.split(/\s+/).map((n) => `wire-${n}.txt`), roles: roleList.filter(Boolean) });
}
const cardDocs = [...new Set(people.flatMap((p) => p.docs))].sort();
const about = 'Held-back card gold for the people-heldout docs, written from the text before looking at the cards (built from cards.txt).';
writeFileSync(join(dir, 'cards.json'), JSON.stringify({ about, docs: cardDocs, people }, null, 1) + '\n');
console.log(`${people.length} people in the card gold`);
