import { CorpusBuilder } from './corpus-builder';
import type { ParseOptions } from './parse-source';
import type { Person, Source, SourceInput } from './types';

export interface Corpus {
  sources: Source[];
  people: Person[];
}

/** Parses every input, gives each a citation key and finds the people across them. Bad inputs become sources with errors. */
export function buildCorpus(inputs: SourceInput[], options: ParseOptions = {}): Corpus {
  const builder = new CorpusBuilder(options);
  for (const input of inputs) builder.set(input);
  return builder.build().corpus;
}
