// citation.js ships no TypeScript types; these cover the few calls Groundwork makes.
declare module '@citation-js/core' {
  /** A CSL-JSON item as citation.js reads and writes it. */
  export type CslData = Record<string, unknown> & { id?: string | number; type?: string };

  export class Cite {
    constructor(data: unknown, options?: { forceType?: string; generateGraph?: boolean });
    data: CslData[];
    format(format: 'bibtex' | 'biblatex' | 'ris' | 'data', options?: Record<string, unknown>): string;
  }

  export namespace plugins {
    namespace input {
      function chain(data: unknown, options?: { forceType?: string; generateGraph?: boolean; strict?: boolean }): CslData[];
    }
    namespace config {
      function get(plugin: string): Record<string, Record<string, unknown>>;
    }
  }

  export const logger: { _log: unknown[]; level: string };
}

declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
