import type { Node } from 'jsonc-parser';
import { readNumber, truncate } from './support/numbers';
import { containerLabel, defineRule, DOCS, keyPlace, type RuleContext } from './rule';
import type { ContainerModel } from '../model';
import { isPlaceholder } from '../values';

interface Limit {
  key: 'interval' | 'timeout' | 'retries' | 'startPeriod';
  min: number;
  max: number;
  unit: string;
  meaning: string;
}

const LIMITS: readonly Limit[] = [
  { key: 'interval', min: 5, max: 300, unit: 'seconds', meaning: 'the pause between two checks' },
  { key: 'timeout', min: 2, max: 60, unit: 'seconds', meaning: 'how long one check may run before it counts as failed' },
  { key: 'retries', min: 1, max: 10, unit: 'retries', meaning: 'how many failed checks in a row mark the container unhealthy' },
  { key: 'startPeriod', min: 0, max: 300, unit: 'seconds', meaning: 'the grace period after start during which failures do not count' },
];

const PREFIX_RE = /^\s*(CMD-SHELL|CMD)(?:\s*,\s*|\s+)(.*)$/is;

/** Container `healthCheck`: a command in the form Docker understands, and timings within the ranges ECS accepts. */
export default defineRule(
  {
    id: 'fargate/health-check',
    severity: 'error',
    title: 'Invalid container health check',
    description:
      'A container `healthCheck` is run by the container runtime, so its `command` must be a JSON array that starts with ' +
      '`CMD` (run the program directly) or `CMD-SHELL` (run the text through the container shell), for example ' +
      '`["CMD-SHELL", "curl -f http://localhost:8080/health || exit 1"]`. ECS also bounds the timings: `interval` 5–300 s, ' +
      '`timeout` 2–60 s, `retries` 1–10 and `startPeriod` 0–300 s, all whole numbers; anything else is rejected when the ' +
      'task definition is registered. Keep `timeout` below `interval` as well: ECS accepts a longer timeout, but then a ' +
      'slow check overlaps the next one and the timings stop meaning what they say.',
    source: DOCS.containerDefinitionApi,
    category: 'health',
    target: 'taskDefinition',
  },
  (ctx) => {
    for (const c of ctx.task?.containers ?? []) {
      const hc = c.healthCheck;
      if (!hc) continue;
      checkCommand(ctx, c, hc.get('command'), hc.prop('command'), hc.node);
      for (const limit of LIMITS) checkLimit(ctx, c, limit, hc.get(limit.key));
    }
  },
);

function checkCommand(
  ctx: RuleContext,
  c: ContainerModel,
  node: Node | undefined,
  prop: { keyNode: Node } | undefined,
  hcNode: Node,
): void {
  const label = containerLabel(c);
  const hcKey = c.obj.prop('healthCheck');
  if (!node || node.type === 'null') {
    ctx.report(
      keyPlace(hcKey, hcNode),
      `The health check of ${label} has no command. ECS requires one, because the check is nothing but running it. ` +
        `Add "command": ["CMD-SHELL", "<a command that exits 0 when healthy>"], or remove healthCheck.`,
      { containerIndex: c.index, missing: 'command' },
    );
    return;
  }
  if (node.type === 'string') {
    const text = node.value as string;
    if (isPlaceholder(text)) return;
    const m = PREFIX_RE.exec(text);
    const rest = m ? m[2].trim() : text.trim();
    const suggestion = ['CMD-SHELL', rest];
    ctx.report(
      node,
      `The health check command of ${label} is a single string; ECS expects a JSON array whose first item says how to run it. ` +
        `Write ${JSON.stringify(suggestion)} so the container shell runs "${truncate(rest)}".`,
      { containerIndex: c.index, suggestion },
    );
    return;
  }
  // Other types are reported by fargate/value-type.
  if (node.type !== 'array') return;
  const items = node.children ?? [];
  if (items.length === 0) {
    ctx.report(
      keyPlace(prop, node),
      `The health check command of ${label} is empty. ECS needs an array that starts with "CMD" or "CMD-SHELL" followed by the command to run, ` +
        `for example ["CMD-SHELL", "curl -f http://localhost/ || exit 1"].`,
      { containerIndex: c.index },
    );
    return;
  }
  const first = items[0];
  if (first.type !== 'string') return; // fargate/value-type reports non-string items.
  const head = first.value as string;
  if (isPlaceholder(head)) return;
  const strings = items.map((n) => (n.type === 'string' ? (n.value as string) : JSON.stringify(n.value)));
  if (head === 'CMD' || head === 'CMD-SHELL') {
    if (items.length === 1) {
      ctx.report(
        first,
        `The health check of ${label} says "${head}" but gives no command after it, so there is nothing to run. ` +
          `Add the command as the next item, for example ["CMD-SHELL", "curl -f http://localhost/ || exit 1"].`,
        { containerIndex: c.index },
      );
    }
    return;
  }
  let suggestion: string[];
  let why: string;
  const upper = head.toUpperCase();
  const prefixed = PREFIX_RE.exec(head);
  if (upper === 'CMD' || upper === 'CMD-SHELL') {
    suggestion = [upper, ...strings.slice(1)];
    why = `"${head}" must be written in capitals, exactly "${upper}".`;
  } else if (upper === 'NONE') {
    ctx.report(
      first,
      `The health check command of ${label} starts with "NONE". ECS only runs commands starting with "CMD" or "CMD-SHELL"; ` +
        `to have no health check, remove the healthCheck object instead.`,
      { containerIndex: c.index, removable: true, field: 'healthCheck' },
    );
    return;
  } else if (prefixed) {
    suggestion = [prefixed[1].toUpperCase(), prefixed[2].trim(), ...strings.slice(1)];
    why = `"${prefixed[1]}" has to be an array item of its own.`;
  } else if (items.length === 1) {
    suggestion = ['CMD-SHELL', head];
    why = `the first item must say how to run the command.`;
  } else {
    suggestion = ['CMD', ...strings];
    why = `the first item must say how to run the command.`;
  }
  ctx.report(
    first,
    `The health check command of ${label} does not start with "CMD" or "CMD-SHELL": ${why} ` +
      `The container runtime reads that first item to know how to run the rest and does not run a check it cannot interpret, ` +
      `so the container would never report healthy. Use ${truncate(JSON.stringify(suggestion), 120)}.`,
    { containerIndex: c.index, suggestion },
  );
}

function checkLimit(ctx: RuleContext, c: ContainerModel, limit: Limit, node: Node | undefined): void {
  if (!node) return;
  const r = readNumber(node);
  // Wrong types and fractions are reported by fargate/value-type; here only the range counts.
  if (r.kind !== 'number') return;
  const label = containerLabel(c);
  const range = `${limit.min}–${limit.max} ${limit.unit}`;
  const v = r.value;
  const inRange = v >= limit.min && v <= limit.max;
  const expected = Math.min(limit.max, Math.max(limit.min, Math.round(v)));
  if (!inRange) {
    const side = v < limit.min ? `below the minimum of ${limit.min}` : `above the maximum of ${limit.max}`;
    ctx.report(
      node,
      `healthCheck.${limit.key} of ${label} is ${v}, ${side}. It sets ${limit.meaning}, and ECS rejects values outside ${range}. ` +
        `Use a value in that range, e.g. ${expected}.`,
      { containerIndex: c.index, field: limit.key, min: limit.min, max: limit.max, expected },
    );
  }
}
