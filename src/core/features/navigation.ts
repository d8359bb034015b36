import type { GroundworkIndex } from '../groundwork-index';
import type { Mention, Source } from '../types';
import { nameAt } from './name-at';

/** A place in a source file to go to: its path, 1-based line and column, and the length of what is there. */
export interface Target {
  path: string;
  line: number;
  column: number;
  length: number;
}

/** Go to definition of a name: its first mention in the sources. */
export function nameDefinition(index: GroundworkIndex, text: string, offset: number): Target | undefined {
  const first = nameAt(index, text, offset)?.person.mentions[0];
  return first && mentionTarget(first);
}

/** Find all references of a name: every mention in the sources. */
export function nameReferences(index: GroundworkIndex, text: string, offset: number): Target[] {
  return nameAt(index, text, offset)?.person.mentions.map(mentionTarget) ?? [];
}

/** Go to definition of a citation key: the start of the source's text. */
export function sourceTarget(source: Source): Target {
  const lead = source.passages[0];
  return { path: source.path, line: lead?.line ?? 1, column: lead?.column ?? 1, length: 0 };
}

function mentionTarget(m: Mention): Target {
  return { path: m.path, line: m.line, column: m.column, length: m.end - m.start };
}
