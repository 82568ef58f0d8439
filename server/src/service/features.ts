/**
 * The interactive features (hover, completion, quick fixes, concept views, cost) and the knowledge they read
 * (field docs, concepts). The language service loads this module on first use: esbuild bundles it separately
 * (dist/features.js), so the server starts, and lints, without parsing the hover texts.
 */
export { doHover } from './hover';
export { doComplete } from './completion';
export { templateComplete } from './templateCompletion';
export { getCodeActions } from './codeActions';
export { documentConcepts, conceptsAtOffset } from './documentConcepts';
export { costEstimateFor } from './costEstimate';
