import * as assert from 'node:assert/strict';
import { checkDraft } from '../../src/core/checks';
import { buildCorpus } from '../../src/core/corpus';
import { completionContext, completionDocumentation, keyCompletions, nameCompletions } from '../../src/core/features/completion';
import { nameHover, personCard, sourceCard } from '../../src/core/features/hover';
import { nameReferences } from '../../src/core/features/navigation';
import { citationPickerEntries } from '../../src/core/features/picker';
import { GroundworkIndex } from '../../src/core/groundwork-index';
import { input, seedCorpus, seedInputs } from './fixtures';

const index = new GroundworkIndex(seedCorpus());
const at = (text: string, word: string) => text.indexOf(word) + 1;

describe('features as plain data: hover cards', () => {
  it('writes a person’s card: name, role, mentions, other names and roles, then quotes from each outlet with links to open and cite', () => {
    const card = personCard(index, index.personNamed('Andrei Belousov')!);
    const [head, counts, ...quotes] = card.split('\n\n');
    assert.equal(head, '**Andrei Belousov** — Russian Defense Minister \\(2024\\-11\\-29\\)');
    assert.equal(counts, '10 mentions in 2 sources · also Andrey Belousov · former economist \\(2024\\-11\\-29\\)');
    assert.equal(quotes.length, 3);
    assert.match(quotes[0], /^> “Russian Defense Minister Andrei Belousov arrived in North Korea on Friday/);
    assert.match(
      quotes[0],
      /\n> — \*The Associated Press, 2024\\-11\\-29\* · \[Open passage\]\(command:groundwork\.openPassage\?%5B%22ap-2024-11-29-belousov%231%22%5D\) · \[Insert citation\]\(command:groundwork\.insertCitation\?/,
    );
    assert.match(quotes[1], /belousov\\-russian\\-defense/, 'the second quote is from the other source');
  });

  it('puts the card on the whole name, also when the name is wrapped onto the next line', () => {
    const draft = 'The talks with Andrei\nBelousov went on.\n\nKim Jong Un smiled.';
    const hover = nameHover(index, draft, draft.indexOf('Belousov') + 2)!;
    assert.equal(draft.slice(hover.start, hover.end), 'Andrei\nBelousov');
    assert.match(hover.markdown, /^\*\*Andrei Belousov\*\*/);
    assert.equal(draft.slice(...span(nameHover(index, draft, at(draft, 'Jong')))), 'Kim Jong Un');
    assert.equal(nameHover(index, draft, at(draft, 'talks')), undefined);
  });

  it('matches names where the checks do and nowhere else: a misspelling the checks flag has its card, code has none', () => {
    const draft = 'Russian Defense Minister Andrey\nBelousov met Vladmir Putin.\n\n`Kim Jong Un` in code.\n';
    const flagged = checkDraft(draft, { index }).findings.filter((f) => f.rule === 'misspelled-name');
    assert.ok(flagged.length > 0);
    for (const f of flagged) assert.equal(nameHover(index, draft, f.start + 1)?.start, f.start, draft.slice(f.start, f.end));
    assert.equal(nameHover(index, draft, at(draft, 'Jong')), undefined);
    assert.equal(draft.slice(...span(nameHover(index, draft, at(draft, 'Andrey')))), 'Andrey\nBelousov');
  });

  it('keeps source text inert: markup and command links in a source are escaped', () => {
    const hostile = input(
      '/x/hostile.md',
      '---\ntitle: "[run](command:workbench.action.terminal.new) **bold** $(alert)"\n---\n\nInterior Minister Corvin Ashgrove said [click](command:workbench.action.terminal.new) <img src=x> `code`.\n',
    );
    const idx = new GroundworkIndex(buildCorpus([...seedInputs(), hostile]));
    for (const card of [personCard(idx, idx.personNamed('Corvin Ashgrove')!), sourceCard(idx.sources.find((s) => s.path === '/x/hostile.md')!)]) {
      const links = [...card.matchAll(/\]\(command:([\w.]+)/g)].map((m) => m[1]);
      assert.ok(links.length > 0 && links.every((c) => c === 'groundwork.openPassage' || c === 'groundwork.insertCitation'), card);
      assert.doesNotMatch(card, /(?<!\\)<img|\*\*bold|(?<!\\)\$\((?!warning)/);
    }
  });
});

describe('features as plain data: completion, navigation, the picker', () => {
  it('completes the longest run of capitalised words typed, with variants as items of their own', () => {
    assert.deepEqual(completionContext('He met No Kw', 'He met No Kw'.length), { kind: 'name', typed: 'No Kw' });
    const { typed, items } = nameCompletions(index, 'No Kw');
    assert.equal(typed, 'No Kw');
    assert.deepEqual(
      items.map((i) => [i.label, i.detail]),
      [['No Kwang Chol', 'North Korean Defense Minister']],
    );
    assert.deepEqual(
      nameCompletions(index, 'Andr').items.map((i) => i.label),
      ['Andrei Belousov', 'Andrey Belousov'],
    );
    const docs = completionDocumentation(index, nameCompletions(index, 'Andr').items[0], (p) => p);
    assert.match(docs, /^10 mentions in 2 sources\n\n> “/);
  });

  it('completes citation keys after @, the sources’ first, then bibliography entries they lack', () => {
    assert.deepEqual(completionContext('see [@ap-20', 'see [@ap-20'.length), { kind: 'key', typed: 'ap-20' });
    assert.equal(completionContext('mail me@example', 'mail me@example'.length), undefined);
    const entry = { key: 'smith2020', title: 'A Book', authors: ['Smith'], path: '/ws/refs.bib', line: 3 };
    const dup = { ...entry, key: 'ap-2024-11-29-belousov' };
    const items = keyCompletions(index, [entry, dup] as never, (p) => p.replace('/ws/', ''));
    assert.deepEqual(
      items.map((i) => [i.kind, i.label]),
      [
        ['source', 'belousov-russian-defense'],
        ['source', 'ap-2024-11-29-belousov'],
        ['entry', 'smith2020'],
      ],
    );
  });

  it('goes from a name to each of its mentions in the sources', () => {
    const draft = 'Yoon Suk Yeol spoke.';
    const person = index.personNamed('Yoon Suk Yeol')!;
    const targets = nameReferences(index, draft, 2);
    assert.equal(targets.length, person.mentions.length);
    for (const [i, t] of targets.entries()) {
      const source = index.sources.find((s) => s.path === t.path)!;
      const line = source.text.split('\n')[t.line - 1];
      assert.equal(line.slice(t.column - 1, t.column - 1 + t.length), person.mentions[i].text);
    }
  });

  it('lists each source with text, then its passages, for the citation picker', () => {
    const entries = citationPickerEntries(index);
    const passages = index.sources.reduce((n, s) => n + s.passages.length, 0);
    assert.equal(entries.length, index.sources.length + passages);
    assert.equal(entries[0].passage, undefined);
    assert.equal(entries[1].label, index.sources[0].passages[0].text);
    assert.match(entries[1].detail, / · line \d+$/);
  });
});

function span(h: { start: number; end: number } | undefined): [number, number] {
  assert.ok(h);
  return [h.start, h.end];
}
