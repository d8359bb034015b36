import * as assert from 'node:assert/strict';
import { citationMark, citedKeys, footnoteDefinition } from '../../src/core/citations';
import { toCsl } from '../../src/core/csl';
import { seedCorpus } from './fixtures';

describe('citations', () => {
  const ap = seedCorpus().sources.find((s) => s.key === 'ap-2024-11-29-belousov')!;

  it('formats Pandoc and footnote citations', () => {
    assert.equal(citationMark(ap.key, 'pandoc'), '[@ap-2024-11-29-belousov]');
    assert.equal(citationMark(ap.key, 'footnote'), '[^ap-2024-11-29-belousov]');
  });

  it('writes a footnote definition with title, outlet and date', () => {
    assert.equal(
      footnoteDefinition(ap),
      '[^ap-2024-11-29-belousov]: Russian Defense Minister Andrei Belousov arrived in North Korea on Friday for…. The Associated Press, 2024-11-29.',
    );
  });

  it('writes CSL-JSON items of type article-newspaper', () => {
    assert.deepEqual(toCsl(ap), {
      id: 'ap-2024-11-29-belousov',
      type: 'article-newspaper',
      title: 'Russian Defense Minister Andrei Belousov arrived in North Korea on Friday for…',
      'container-title': 'The Associated Press',
      'publisher-place': 'SEOUL, South Korea',
      issued: { 'date-parts': [[2024, 11, 29]] },
    });
  });

  it('lists the keys a draft cites, in order, without emails or footnote definitions', () => {
    const draft = 'As reported [@ap-2024-11-29-belousov; see @other, p. 3].[^note] Mail me at a@b.com.\n\n[^note]: A note.\n';
    assert.deepEqual(citedKeys(draft), ['ap-2024-11-29-belousov', 'other', 'note']);
  });
});
