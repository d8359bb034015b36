import * as assert from 'node:assert/strict';
import { parseDocument } from 'yaml';
import { plainFields } from '../../src/core/plain-fields';

const yamlFields = (text: string): unknown => parseDocument(text, { prettyErrors: true, uniqueKeys: false }).toJS() ?? {};

describe('plain front matter fields', () => {
  it('reads what the YAML parser reads, or leaves the block to it', () => {
    const values = [
      'Nigerian Finance Minister Tovberg pushes back',
      '"Quoted: title, with # and \'s"',
      '2021-04-10',
      '2021-04-10T10:00:00Z',
      'https://example.com/2021-04-10/636564088',
      'United Press International',
      "Mike's notes",
      'a  b',
      'a: b',
      'a #b',
      'a#b',
      'end:',
      '- item',
      '[a, b]',
      '{a: 1}',
      '12',
      '-12',
      '1.5',
      '1e3',
      '.5',
      '0x1F',
      '0o17',
      '.inf',
      '.NaN',
      'true',
      'False',
      'null',
      '~',
      'yes',
      'no',
      "'single'",
      '"esc\\"aped"',
      '"tab\tinside"',
      '&anchor x',
      '*alias',
      '!tag x',
      '|',
      '>',
      '%x',
      '@x',
      '`x',
      '?x',
      ':x',
      ',x',
      'trailing ',
      '',
      'Ünïcödé “quotes” — dash',
      'x\u2028y',
    ];
    const cases = [
      '',
      'title: x\n\ndate: 2021-04-10',
      'title: a\ntitle: b\ndate: c',
      '# comment\ntitle: x',
      'title: x # comment',
      '  title: x',
      'title:  x',
      'key with space: x',
      'null: x',
      'true: x',
      '__proto__: x',
      'title: x\n  - y',
      ...values.map((v) => `title: ${v}`),
      ...values.map((v) => `title: x\nauthor: ${v}\nurl: https://a.b/c`),
    ];
    for (const text of cases) {
      const plain = plainFields(text);
      if (plain !== undefined) assert.deepEqual(plain, yamlFields(text), JSON.stringify(text));
    }
    assert.ok(plainFields('title: x\ndate: 2021-04-10\nurl: https://example.com/a'));
  });
});
