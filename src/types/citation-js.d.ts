/* eslint-disable @typescript-eslint/no-unused-vars, @typescript-eslint/no-explicit-any -- ambient declarations of an untyped library */
/** The part of Citation.js (no bundled types) that src/lib/cite uses. */
declare module '@citation-js/core' {
  class Cite {
    constructor(data: unknown);
    data: unknown[];
    format(format: string, options?: Record<string, unknown>): string;
  }
  const plugins: { config: { get(name: string): any } };
  const core: { Cite: typeof Cite; plugins: typeof plugins };
  export default core;
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
