/**
 * Helpers for appspec rules: case-insensitive key suggestions for the PascalCase appspec keys.
 */
import type { JsonObject } from '../../json';
import type { RuleContext } from '../rule';

/** Reports keys of `obj` that are not in `known`, suggesting the intended one when only the case differs or one letter is off. */
export function reportUnknownKeys(ctx: RuleContext, obj: JsonObject, known: readonly string[], where: string): void {
  for (const [key, prop] of obj.props) {
    if (known.includes(key)) continue;
    const suggestion = known.find((k) => k.toLowerCase() === key.toLowerCase()) ?? known.find((k) => nearly(k.toLowerCase(), key.toLowerCase()));
    ctx.report(
      prop.keyNode,
      `'${key}' is not a field of ${where}; CodeDeploy expects ${known.map((k) => `'${k}'`).join(', ')}.` +
        (suggestion ? ` Did you mean '${suggestion}'? Appspec keys are case-sensitive.` : ''),
      { key, suggestion },
    );
  }
}

/** One edit apart (insert, delete, replace). */
function nearly(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return a.slice(i + 1) === b.slice(i + 1) || a.slice(i) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i);
}
