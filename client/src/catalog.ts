/**
 * The concept catalog (server/src/knowledge/concepts.ts, about a tenth of the client bundle), loaded the first time
 * a view, page or command needs it rather than when the extension activates. esbuild.mjs bundles it into
 * dist/concepts.js and turns this `require` into a load of that file (like the server's dist/features.js).
 */
type ConceptsModule = typeof import('../../server/src/knowledge/concepts');

let loaded: ConceptsModule | undefined;

export function concepts(): ConceptsModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (loaded ??= require('../../server/src/knowledge/concepts') as ConceptsModule);
}
