/** The 0-based line of an offset in a text, and the text a finding covers: for range assertions in rule tests. */
export function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length - 1;
}

/** The 0-based line of the first line containing `needle` (after line `from`). */
export function lineWith(text: string, needle: string, from = 0): number {
  const lines = text.split('\n');
  for (let i = from; i < lines.length; i++) if (lines[i].includes(needle)) return i;
  throw new Error(`no line contains ${needle}`);
}

export function covered(text: string, f: { offset: number; length: number }): string {
  return text.slice(f.offset, f.offset + f.length);
}
