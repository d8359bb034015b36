/**
 * Who is who: the public face of people finding.
 *
 * - `extractPeople(source)` does all the per-document work once (names, evidence, roles, which
 *   full name each bare surname means) and returns plain `DocPeople` data, safe to cache or send.
 * - `PeopleLinker` links those over the corpus: `set(sourceKey, doc)`, `delete(sourceKey)`,
 *   `people()` for the cards and `links(sourceKey)` for one source's mention → card ids.
 */
import type { ParsedSource } from '../parse-source';
import type { Person } from '../types';
import { extractPeople } from './extract';
import { PeopleLinker } from './linker';

export type { DocEntity, DocMention, DocPeople } from './doc-people';
export { extractPeople } from './extract';
export { PeopleLinker, type PersonLink } from './linker';
export { editDistance } from '../edit-distance';

/** The people of a set of sources at once (each source under its citation key). */
export function resolvePeople(sources: ParsedSource[]): Person[] {
  const linker = new PeopleLinker();
  for (const source of sources) linker.set(source.key, extractPeople(source));
  return linker.people();
}
