#!/usr/bin/env node
// Scores person cards (`groundwork entities --json`) against a hand-made card gold
// (test/fixtures/people-cards/*.json): names right, role precision and recall, false merges,
// non-people. Usage: node scripts/score-people-cards.mjs PRED.json GOLD.json [--verbose]
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

const [predPath, goldPath] = process.argv.slice(2);
const verbose = process.argv.includes('--verbose');
const pred = JSON.parse(readFileSync(predPath, 'utf8')).people.filter((p) => p.kind === 'person');
const gold = JSON.parse(readFileSync(goldPath, 'utf8'));
const docs = new Set(gold.docs);
const fold = (s) => s.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
const words = (s) => fold(s).split(' ');
const endsWith = (long, short) => short.length <= long.length && short.every((w, i) => long[long.length - short.length + i] === w);
const inDocs = (card, only) => card.mentions.filter((m) => (only ?? docs).has(basename(m.path)));

/** The card holding a gold person's mentions: most mentions that are the name or its trailing words. */
function cardOf(person) {
  const name = words(person.name);
  let best;
  for (const card of pred) {
    const mentions = inDocs(card, new Set(person.docs));
    const n = mentions.filter((m) => endsWith(name, words(m.text)) || fold(m.text).includes(fold(person.name))).length;
    // A relative's bare surname (`Bolsonaro`) must not outweigh the card that holds the full name.
    const full = mentions.some((m) => fold(m.text).includes(fold(person.name)));
    if (n > 0 && (!best || full > best.full || (full === best.full && n > best.n))) best = { card, n, full };
  }
  return best?.card;
}

const owners = new Map();
let names = 0,
  withRole = 0,
  rightRole = 0,
  goldRoles = 0;
const wrong = [];
for (const person of gold.people) {
  const card = cardOf(person);
  if (!card) {
    wrong.push(`missing: ${person.name}`);
    continue;
  }
  owners.set(card, [...(owners.get(card) ?? []), person.name]);
  if ([person.name, ...(person.names ?? [])].some((n) => fold(n) === fold(card.name))) names++;
  else wrong.push(`name: ${person.name} shown as ${card.name}`);
  const roles = person.roles.map(fold);
  if (roles.length) goldRoles++;
  if (card.role) {
    withRole++;
    if (roles.includes(fold(card.role))) rightRole++;
    else wrong.push(`role: ${person.name} shown as “${card.role}”${roles.length ? `, gold ${person.roles.join(' | ')}` : ', gold none'}`);
  } else if (roles.length) wrong.push(`no role: ${person.name}, gold ${person.roles.join(' | ')}`);
}
const merges = [...owners].filter(([, list]) => list.length > 1);
const nonPeople = pred.filter((card) => inDocs(card).length > 0 && !owners.has(card));
for (const [card, list] of merges) wrong.push(`merged: ${list.join(' + ')} as ${card.name}`);
for (const card of nonPeople) wrong.push(`not a person: ${card.name}`);
if (verbose) for (const w of wrong) console.error(w);
const pct = (a, b) => (b ? ((100 * a) / b).toFixed(1) : '–');
console.log(
  `cards: names ${pct(names, gold.people.length)}% right (${names}/${gold.people.length}), role precision ${pct(rightRole, withRole)}% (${rightRole}/${withRole}), role recall ${pct(rightRole, goldRoles)}% (${rightRole}/${goldRoles}), ${merges.length} false merges, ${nonPeople.length} non-people`,
);
