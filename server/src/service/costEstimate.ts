/**
 * On-demand cost of a task definition, from its task-level cpu and memory, its runtime platform and its
 * ephemeral storage (prices from knowledge/prices.ts). Pure; feeds the `fargate/costEstimate` request.
 */
import type { CostEstimateResult } from '../common/protocol';
import { isValidPair, formatMemory } from '../knowledge/fargateSizes';
import {
  EPHEMERAL_INCLUDED_GB,
  PRICES_AS_OF,
  PRICES_REGION,
  PRICES_SOURCE_URL,
  estimateCost,
  pricePlatform,
  type PricePlatform,
} from '../knowledge/prices';
import type { ParsedDocument } from './document';
import type { TaskDefinitionModel } from './model';

/** desiredCount values shown as a scaling hint. */
export const SCALING_EXAMPLES = [1, 2, 3, 5, 10] as const;

/** What a task is billed on besides cpu/memory: the price list (OS, architecture) and its ephemeral storage (GiB). */
export function billing(task: TaskDefinitionModel): { platform: PricePlatform; ephemeralGiB: number } {
  const size = task.obj.obj('ephemeralStorage')?.num('sizeInGiB');
  return {
    platform: pricePlatform(task.osFamily, task.cpuArchitecture),
    ephemeralGiB: size !== undefined && size > EPHEMERAL_INCLUDED_GB ? size : EPHEMERAL_INCLUDED_GB,
  };
}

export function costEstimateFor(doc: ParsedDocument, task: TaskDefinitionModel | undefined): CostEstimateResult {
  const base: CostEstimateResult = { region: PRICES_REGION, pricesAsOf: PRICES_AS_OF, sourceUrl: PRICES_SOURCE_URL, notes: [] };
  if (doc.kind !== 'taskDefinition' || !task) {
    return { ...base, unavailable: 'Open an ECS task definition to estimate its Fargate cost (services and AppSpecs have no size of their own).' };
  }
  if (doc.syntaxErrors.length > 0) return { ...base, family: task.family, unavailable: 'Fix the JSON syntax errors first, then estimate again.' };
  if (task.fargate === 'none') {
    return { ...base, family: task.family, unavailable: 'This task definition does not target Fargate (requiresCompatibilities has no FARGATE), so Fargate prices do not apply.' };
  }
  const cpu = task.cpu?.value;
  const memory = task.memory?.value;
  if (!cpu || !memory) {
    return { ...base, family: task.family, unavailable: 'Fargate bills the task-level cpu and memory; add both to the task definition to get an estimate.' };
  }
  if (cpu.kind === 'placeholder' || memory.kind === 'placeholder') {
    return { ...base, family: task.family, unavailable: `The task size is a template placeholder (${cpu.kind === 'placeholder' ? cpu.text : memory.text}); the cost is known once it is filled in.` };
  }
  if (cpu.kind !== 'number' || memory.kind !== 'number' || cpu.value <= 0 || memory.value <= 0) {
    return { ...base, family: task.family, unavailable: 'The task-level cpu or memory cannot be read as a size, so no estimate is possible.' };
  }
  const { platform, ephemeralGiB } = billing(task);
  const est = estimateCost(cpu.value, memory.value, platform, ephemeralGiB);
  const notes: string[] = [];
  if (!isValidPair(cpu.value, memory.value, task.windows)) {
    notes.push(`cpu ${cpu.value} with ${formatMemory(memory.value)} is not a Fargate size, so registration fails until it is fixed; the figure is only indicative.`);
  }
  if (platform === 'windows') notes.push('Windows prices include the per-vCPU OS licence fee.');
  if (ephemeralGiB > EPHEMERAL_INCLUDED_GB) notes.push(`Ephemeral storage above the included ${EPHEMERAL_INCLUDED_GB} GB is billed per GB-hour.`);
  notes.push('Fargate Spot tasks cost less but can be interrupted; Savings Plans lower the on-demand price too.');
  notes.push(
    platform === 'windows'
      ? 'Billing is per second with a minimum charge per task, so tasks that run only part of the month cost proportionally less.'
      : 'Billing is per second (one-minute minimum), so tasks that run only part of the month cost proportionally less.',
  );
  return {
    ...base,
    family: task.family,
    cpuUnits: cpu.value,
    memoryMiB: memory.value,
    vcpu: est.vcpu,
    memoryGb: est.memoryGb,
    ephemeralGb: est.ephemeralGb,
    platform: est.label,
    perHour: est.perHour,
    perMonth: est.perMonth,
    scaling: SCALING_EXAMPLES.map((tasks) => ({ tasks, perMonth: est.perMonth * tasks })),
    notes,
  };
}
