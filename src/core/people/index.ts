/**
 * Who is who: the public face of people finding.
 *
 * - `extractPeople(source)` does all the per-document work once (names, evidence, roles, which
 *   full name each bare surname means) and returns plain `DocPeople` data, safe to cache or send.
 * - `PeopleLinker` links those over the corpus: `set(sourceKey, doc)`, `delete(sourceKey)`,
 *   `people()` for the cards and `links(sourceKey)` for one source's mention → card ids.
 */
export type { DocEntity, DocMention, DocPeople } from './doc-people';
export { extractPeople } from './extract';
export { PeopleLinker, toMention, type PersonLink } from './linker';
export { editDistance } from '../edit-distance';
