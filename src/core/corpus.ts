import { assignKeys } from './citation-keys';
import { parseSource, type ParseOptions, type ParsedSource } from './parse-source';
import { resolvePeople } from './people';
import type { Person, Source, SourceInput } from './types';

export interface Corpus {
  sources: Source[];
  people: Person[];
}

/** Parses every input, gives each a citation key and finds the people across them. Bad inputs become sources with errors. */
export function buildCorpus(inputs: SourceInput[], options: ParseOptions = {}): Corpus {
  const sources: ParsedSource[] = inputs.map((input) => {
    try {
      return parseSource(input, options);
    } catch (err) {
      return {
        key: '',
        path: input.path,
        format: 'txt',
        meta: { authors: [], credits: [] },
        text: '',
        passages: [],
        errors: [`could not parse: ${(err as Error).message}`],
      };
    }
  });
  assignKeys(sources);
  const people = resolvePeople(sources);
  return { sources, people };
}
