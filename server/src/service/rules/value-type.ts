import type { Node } from 'jsonc-parser';
import { closestName, ROOT_SHAPES, type FieldType, type TypeRef } from '../../knowledge/catalog';
import { describeType } from '../json';
import { isPlaceholder } from '../values';
import { defineRule, DOCS, type RuleContext } from './rule';
import { shapeWithArticle, walkSchema } from './support/schemaWalk';

/** Task-level fields that the API types as strings but every tool also accepts as numbers. */
const NUMBER_OR_STRING_AT_ROOT = new Set(['cpu', 'memory']);

const INTEGER_TYPES: ReadonlySet<FieldType> = new Set(['integer', 'long']);
const NUMBER_TYPES: ReadonlySet<FieldType> = new Set(['integer', 'long', 'double', 'float']);

function expectedText(t: TypeRef): string {
  switch (t.type) {
    case 'string':
      return 'a string';
    case 'integer':
    case 'long':
      return 'a whole number';
    case 'double':
    case 'float':
      return 'a number';
    case 'boolean':
      return 'true or false';
    case 'list':
      return t.items?.type === 'structure' ? 'an array of objects' : `an array of ${plural(t.items)}`;
    case 'map':
      return 'an object of string values';
    case 'structure':
      return 'an object';
    case 'timestamp':
      return 'a timestamp';
    default:
      return 'a value';
  }
}

function plural(t: TypeRef | undefined): string {
  if (!t) return 'values';
  if (t.type === 'string') return 'strings';
  if (INTEGER_TYPES.has(t.type)) return 'whole numbers';
  if (t.type === 'boolean') return 'booleans';
  return 'values';
}

/** The JSON-level name of the expected type, for quick fixes. */
function expectedName(t: TypeRef): string {
  if (INTEGER_TYPES.has(t.type)) return 'integer';
  if (t.type === 'double' || t.type === 'float') return 'number';
  if (t.type === 'list') return 'array';
  if (t.type === 'map' || t.type === 'structure') return 'object';
  return t.type;
}

/** The closest allowed enum value: case-insensitive match first, then a small edit distance. */
export function closestEnumValue(value: string, allowed: readonly string[]): string | undefined {
  return closestName(value.trim(), allowed, { maxDistance: () => Math.max(1, Math.floor(value.length / 3)) });
}

function listValues(values: readonly string[]): string {
  return values.map((v) => `"${v}"`).join(', ');
}

/**
 * Checks one value against its catalog type. Returns true when the value itself was reported
 * (so its children are not checked again).
 */
function checkValue(ctx: RuleContext, node: Node, t: TypeRef, label: string, atRootSize: boolean): void {
  if (node.type === 'null') return; // AWS treats null as "not set".
  if (node.type === 'string' && isPlaceholder(node.value)) return;
  if (t.type === 'document') return;

  if (atRootSize) {
    if (node.type === 'string' || node.type === 'number') return;
    ctx.report(node, `${label} must be a string such as "1024" (a number is accepted too), not ${describeType(node)}.`, { expected: 'string' });
    return;
  }

  if (INTEGER_TYPES.has(t.type) || NUMBER_TYPES.has(t.type)) {
    const integer = INTEGER_TYPES.has(t.type);
    if (node.type === 'number') {
      if (integer && !Number.isInteger(node.value as number)) {
        ctx.report(node, `${label} must be a whole number; AWS rejects fractions here.`, { expected: 'integer', suggestion: Math.round(node.value as number) });
      }
      return;
    }
    if (node.type === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(node.value as string)) {
      const n = Number(node.value);
      ctx.report(
        node,
        `${label} is a number written as a string. The ECS API expects a JSON number here and the AWS CLI rejects "${String(node.value).trim()}"; remove the quotes.`,
        { expected: integer ? 'integer' : 'number', suggestion: integer ? Math.round(n) : n },
      );
      return;
    }
    ctx.report(node, `${label} must be ${expectedText(t)}, not ${describeType(node)}.`, { expected: expectedName(t) });
    return;
  }

  switch (t.type) {
    case 'string': {
      if (node.type !== 'string') {
        // The value is not repeated in the message or the data: it may be a secret (an environment value).
        const quotable = node.type === 'number' || node.type === 'boolean';
        ctx.report(node, `${label} must be a string, not ${describeType(node)}.${quotable ? ' Put the value in quotes.' : ''}`, {
          expected: 'string',
          quote: quotable,
        });
        return;
      }
      const allowed = t.enum;
      // An empty string is how several tools (ecspresso, SDK-generated files) write "not set"; AWS SDKs drop it.
      if (allowed && allowed.length > 0 && (node.value as string) !== '' && !allowed.includes(node.value as string)) {
        const value = node.value as string;
        const suggestion = closestEnumValue(value, allowed);
        const shown = value.length > 40 ? `${value.slice(0, 39)}…` : value;
        const hint = suggestion ? ` Did you mean "${suggestion}"?` : '';
        const caseOnly = suggestion !== undefined && suggestion.toLowerCase() === value.trim().toLowerCase();
        ctx.report(
          node,
          `"${shown}" is not a valid value for ${label}. ${caseOnly ? 'The API is case-sensitive; it' : 'It'} accepts ${listValues(allowed)}.${hint}`,
          { expected: 'enum', allowed: [...allowed], suggestion },
        );
      }
      return;
    }
    case 'boolean': {
      if (node.type === 'boolean') return;
      const text = node.type === 'string' ? (node.value as string).trim().toLowerCase() : undefined;
      const suggestion = text === 'true' || text === 'yes' ? true : text === 'false' || text === 'no' ? false : undefined;
      ctx.report(
        node,
        `${label} must be true or false (a JSON boolean, without quotes), not ${describeType(node)}.${suggestion !== undefined ? ` Use ${suggestion}.` : ''}`,
        { expected: 'boolean', suggestion },
      );
      return;
    }
    case 'list': {
      if (node.type !== 'array') {
        ctx.report(
          node,
          `${label} must be ${expectedText(t)}, not ${describeType(node)}.${node.type === 'object' ? ' Wrap the object in [ ].' : ''}`,
          { expected: 'array', wrap: node.type === 'object' || undefined },
        );
        return;
      }
      const item = t.items;
      if (!item) return;
      (node.children ?? []).forEach((child, i) => {
        if (item.type === 'structure') {
          if (child.type !== 'object' && child.type !== 'null' && !(child.type === 'string' && isPlaceholder(child.value))) {
            ctx.report(child, `Item ${i + 1} of ${label} must be an object, not ${describeType(child)}.`, { expected: 'object' });
          }
          return;
        }
        checkValue(ctx, child, item, `item ${i + 1} of ${label}`, false);
      });
      return;
    }
    case 'map': {
      if (node.type !== 'object') {
        ctx.report(node, `${label} must be ${expectedText(t)}, not ${describeType(node)}.`, { expected: 'object' });
        return;
      }
      const item = t.items;
      if (!item || item.type !== 'string') return;
      for (const p of node.children ?? []) {
        const k = p.children?.[0];
        const v = p.children?.[1];
        if (!k || !v || v.type === 'string' || v.type === 'null') continue;
        const suggestion = v.type === 'number' || v.type === 'boolean' ? String(v.value) : undefined;
        ctx.report(
          v,
          `The value of '${String(k.value)}' in ${label} must be a string; the API only takes string values here, not ${describeType(v)}.` +
            (suggestion !== undefined ? ` Write it as "${suggestion}".` : ''),
          { expected: 'string', suggestion },
        );
      }
      return;
    }
    case 'structure': {
      if (node.type !== 'object') {
        ctx.report(node, `${label} must be an object, not ${describeType(node)}.`, { expected: 'object' });
      }
      return;
    }
    default:
      return;
  }
}

/** Reports JSON values whose type (or enum value) the ECS API model does not allow. */
export default defineRule(
  {
    id: 'fargate/value-type',
    severity: 'error',
    title: 'Wrong value type',
    description:
      'Checks each value against the type the ECS API model gives its field: strings, whole numbers, booleans, ' +
      'arrays, objects and the allowed values of enum fields (`networkMode`, `protocol`, `logDriver`, `condition`, ...). ' +
      'The AWS CLI and SDKs validate these types before sending anything, and ECS rejects enum values it does not know ' +
      '(they are case-sensitive: `"TCP"` is not `"tcp"`), so a quoted number (`"containerPort": "8080"`), a quoted boolean ' +
      '(`"essential": "true"`) or an object where a list is expected fails the deployment.\n\n' +
      'Task-level `cpu` and `memory` are strings in the API, but numbers are accepted by every tool, so both forms pass. ' +
      'Template placeholders (`<IMAGE1_NAME>`, `${PORT}`, `{{ .Env.X }}`) and `null` are never reported: their final value is unknown. ' +
      'An empty string in an enum field (`"ipcMode": ""`, as ecspresso and SDK-generated files write it) counts as not set.',
    source: DOCS.registerApi,
    category: 'schema',
    target: 'taskDefinition',
  },
  (ctx) => {
    const body = ctx.doc.body;
    if (!body) return;
    walkSchema(body, ROOT_SHAPES.taskDefinition, ({ prop, shape, field, atRoot }) => {
      if (!field || !prop.valueNode) return;
      // A string where the API takes any string (most values of a task definition): nothing to check.
      if (prop.valueNode.type === 'string' && field.type === 'string' && !(field.enum && field.enum.length > 0)) return;
      const label = `'${prop.key}'${shape === ROOT_SHAPES.taskDefinition ? '' : ` in ${shapeWithArticle(shape)}`}`;
      checkValue(ctx, prop.valueNode, field, label, atRoot && NUMBER_OR_STRING_AT_ROOT.has(prop.key));
    }, { skipPlainStrings: true });
  },
);
