/**
 * Helpers for appspec rules: case-insensitive key suggestions for the PascalCase appspec keys.
 */
import { closestName } from '../../../knowledge/catalog';
import type { JsonObject } from '../../json';
import type { RuleContext } from '../rule';

/** Reports keys of `obj` that are not in `known`, suggesting the intended one when only the case differs or one letter is off. */
export function reportUnknownKeys(ctx: RuleContext, obj: JsonObject, known: readonly string[], where: string): void {
  for (const [key, prop] of obj.props) {
    if (known.includes(key)) continue;
    const suggestion = closestName(key, known, { maxDistance: () => 1 });
    ctx.report(
      prop.keyNode,
      `'${key}' is not a field of ${where}; CodeDeploy expects ${known.map((k) => `'${k}'`).join(', ')}.` +
        (suggestion ? ` Did you mean '${suggestion}'? Appspec keys are case-sensitive.` : ''),
      { key, suggestion },
    );
  }
}
