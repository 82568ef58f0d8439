/**
 * The presentation layer: rules report in the ECS API's names (`networkMode`, `containerDefinitions`); a finding on
 * a definition of another dialect is rendered in that dialect's spelling (`NetworkMode`, `ContainerDefinitions` in a
 * CloudFormation template), so no rule formats dialect text itself.
 */
import type { Node } from 'jsonc-parser';
import { allFieldNames } from '../knowledge/catalog';
import type { Definition, Dialect } from './definitions';
import type { Finding } from './rules/rule';

/** API names whose CloudFormation spelling is not the name with an upper-case first letter. */
const CFN_SPELLING: Readonly<Record<string, string>> = {
  efsVolumeConfiguration: 'EFSVolumeConfiguration',
  fsxWindowsFileServerVolumeConfiguration: 'FSxWindowsFileServerVolumeConfiguration',
  s3filesVolumeConfiguration: 'S3FilesVolumeConfiguration',
  iam: 'IAM',
  placementStrategy: 'PlacementStrategies',
  awsvpcConfiguration: 'AwsvpcConfiguration',
};

const spellings = new WeakMap<Definition, Map<string, string>>();

/** API name -> source spelling of every key the definition writes (iterative walk, once per definition). */
function spellingsOf(def: Definition): Map<string, string> {
  let map = spellings.get(def);
  if (map) return map;
  map = new Map();
  const stack: Node[] = [def.body.node];
  let budget = 50_000;
  while (stack.length > 0 && budget-- > 0) {
    const n = stack.pop()!;
    if (n.type === 'property') {
      const k = n.children?.[0];
      const src = k ? def.sourceKeys.get(k) : undefined;
      if (k && src && typeof k.value === 'string' && !map.has(k.value)) map.set(k.value, src);
    }
    const c = n.children;
    if (c) for (let i = c.length - 1; i >= 0; i--) stack.push(c[i]);
  }
  spellings.set(def, map);
  return map;
}

/** The dialect's spelling of one API name (undefined when it is the same or not a field name). */
export function dialectSpelling(def: Definition, apiName: string): string | undefined {
  if (def.dialect !== 'cloudformation') return undefined;
  const own = spellingsOf(def).get(apiName);
  if (own) return own;
  if (!allFieldNames().has(apiName)) return undefined;
  return CFN_SPELLING[apiName] ?? apiName[0].toUpperCase() + apiName.slice(1);
}

/** A quoted name or dotted path (`"networkMode"`, `'logConfiguration.options'`, `` `portMappings[0].hostPort` ``). */
const QUOTED = /(["'`])([a-z][A-Za-z0-9]*(?:(?:\[\d*\])?\.[a-z][A-Za-z0-9]*|\[\d*\])*)\1/g;
/** A bare camelCase API name (`networkMode`, `containerDefinitions`): an inner capital, so never an English word. */
const CAMEL = /(?<![A-Za-z0-9_:/.$-])([a-z]+[A-Z][A-Za-z0-9]*)(?![A-Za-z0-9_:/-])/g;
/** A bare dotted path (`NetworkConfiguration.awsvpcConfiguration`, `logConfiguration.options`). */
const DOTTED = /(?<![A-Za-z0-9_:/.$-])([A-Za-z][A-Za-z0-9]*(?:\.[a-z][A-Za-z0-9]*)+)(?![A-Za-z0-9_:/-])/g;

/** A message with the definition's dialect spelling of the API names it mentions. */
export function renderMessage(message: string, def: Definition, format: 'json' | 'yaml' = 'yaml'): string {
  if (def.dialect !== 'cloudformation') return message;
  const segment = (name: string) => dialectSpelling(def, name) ?? name;
  let out = message.replace(QUOTED, (all, q: string, path: string) => {
    const parts = path.split(/(\[\d*\]|\.)/);
    let changed = false;
    const mapped = parts.map((p) => {
      if (!/^[a-z][A-Za-z0-9]*$/.test(p)) return p;
      const s = dialectSpelling(def, p);
      if (s) changed = true;
      return s ?? p;
    });
    return changed ? q + mapped.join('') + q : all;
  });
  out = out.replace(DOTTED, (all, path: string) => path.split('.').map(segment).join('.'));
  out = out.replace(CAMEL, (all, name: string) => segment(name));
  // Values the template computes read as the template writes them (`'${Ref Name}'` -> `!Ref Name`).
  out = out.replace(/'?\$\{(Ref|GetAtt) ([^}\s]*)\}'?/g, (all, fn: string, arg: string) => (format === 'yaml' ? `!${fn} ${arg}` : `${fn} ${arg}`));
  // CloudFormation converts numbers and booleans written as strings, so "JSON number" wording does not apply.
  out = out.replace(/a JSON (number|boolean|string|array|object)/g, 'a $1').replace(/ \(a JSON boolean, without quotes\)/g, '');
  return out;
}

/** A finding of a definition, rendered for its dialect. */
export function presentFinding(f: Finding, def: Definition, format: 'json' | 'yaml'): Finding {
  if (def.dialect !== 'cloudformation') return f;
  // Front-end problems are written in the dialect's terms already.
  if (f.data?.presented) return f;
  const message = renderMessage(f.message, def, format);
  const data = def.name ? { ...(f.data ?? {}), definition: def.name } : f.data;
  return { ...f, message, data };
}

export type { Dialect };
