/**
 * mulberry32: a tiny, fast, seedable PRNG, identical on every platform (floats in [0, 1)). The fuzz run uses it for
 * mutants and the benchmark (bench/generate.mjs, through the compiled out/test/helpers/prng.js) for its documents.
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
