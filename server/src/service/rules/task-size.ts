import type { Node } from 'jsonc-parser';
import {
  cpuSizesForMemory,
  cpuValuesText,
  FARGATE_SIZES,
  hasFixedStep,
  labelsText,
  memoryChoicesText,
  PLATFORM_GATED_SIZES,
  WINDOWS_SIZES,
  formatMemory,
  nearestMemory,
  sizeForCpu,
  smallestCpuForMemory,
  vcpuSpanText,
  type FargateCpuSize,
} from '../../knowledge/fargateSizes';
import { describeType } from '../json';
import { defineRule, DOCS, type RuleContext } from './rule';

const LARGEST = FARGATE_SIZES[FARGATE_SIZES.length - 1];

/** "2 GB, 3 GB, ... 8 GB (1 GB steps)" or the full list when short. */
export function formatMemoryList(values: readonly number[]): string {
  if (values.length <= 4 || !hasFixedStep(values)) return values.map(formatMemory).join(', ');
  const step = values[1] - values[0];
  return `${formatMemory(values[0])}, ${formatMemory(values[1])}, ... ${formatMemory(values[values.length - 1])} (${formatMemory(step)} steps)`;
}

function cpuList(sizes: readonly FargateCpuSize[]): string {
  return sizes.map((s) => `${s.cpu} (${s.label})`).join(', ');
}

function shown(node: Node, text: string): string {
  return node.type === 'string' || node.type === 'number' ? `"${text}"` : describeType(node);
}

function reportUnreadable(ctx: RuleContext, field: 'cpu' | 'memory', node: Node, text: string): void {
  // An object, array or boolean is a type error, which fargate/value-type reports: one clear message, not two.
  if (node.type !== 'string' && node.type !== 'number') return;
  const hint =
    field === 'cpu'
      ? `Use CPU units as a number or numeric string (${cpuValuesText()}) or a vCPU string such as "1 vCPU" or ".25 vCPU".`
      : 'Use MiB as a number or numeric string (for example 512, "2048") or a GB string such as "2 GB".';
  ctx.report(node, `Task-level ${field} ${shown(node, text)} is not a value AWS can read, so registration fails with "Invalid '${field}' setting". ${hint}`, {
    field,
    unreadable: true,
  });
}

/** The task size must be one of the CPU/memory combinations Fargate offers. */
export default defineRule(
  {
    id: 'fargate/task-size',
    severity: 'error',
    title: 'Fargate task cpu/memory must be a supported combination',
    description:
      `Fargate only offers fixed task sizes: each CPU value (${cpuValuesText()} units, i.e. ${vcpuSpanText()}) ` +
      `comes with its own memory values, e.g. ${FARGATE_SIZES[0].cpu} CPU allows ${memoryChoicesText(FARGATE_SIZES[0].memory)}, ` +
      `and ${LARGEST.label} exactly ${memoryChoicesText(LARGEST.memory)}. ` +
      'Any other pair is refused at registration ("No Fargate configuration exists for given values"). Windows tasks only ' +
      `get the ${labelsText(WINDOWS_SIZES)} sizes; ${labelsText(PLATFORM_GATED_SIZES)} need Linux platform version ` +
      `${PLATFORM_GATED_SIZES[0]?.minPlatform} or later. ` +
      'Values may be numbers, numeric strings, `"1 vCPU"` or `"2 GB"`. Pick memory from the list for your CPU, or raise the CPU ' +
      'to fit the memory you need.',
    source: DOCS.cpuMemoryError,
    category: 'fargate',
    target: 'taskDefinition',
    fargateOnly: true,
    concept: 'right-sizing',
  },
  (ctx) => {
    const task = ctx.task;
    if (!task) return;
    const windows = task.windows;
    const sizes = FARGATE_SIZES.filter((s) => !windows || s.windows);
    const cpuF = task.cpu;
    const memF = task.memory;

    let cpu: number | undefined;
    if (cpuF) {
      const v = cpuF.value;
      if (v.kind === 'invalid') reportUnreadable(ctx, 'cpu', cpuF.node, v.text);
      else if (v.kind === 'number') cpu = v.value;
    }
    let memory: number | undefined;
    if (memF) {
      const v = memF.value;
      if (v.kind === 'invalid') reportUnreadable(ctx, 'memory', memF.node, v.text);
      else if (v.kind === 'number') memory = v.value;
    }

    const cpuForMemory = memory !== undefined ? smallestCpuForMemory(memory, windows)?.cpu : undefined;
    let cpuOk = false;
    if (cpu !== undefined && cpuF) {
      const row = sizeForCpu(cpu);
      const text = cpuF.value.text;
      const label = String(cpu) === text.trim() ? `${cpu} CPU units` : `"${text}" (${cpu} CPU units)`;
      if (!row) {
        const nearest = sizes.reduce((best, s) => (Math.abs(s.cpu - cpu!) < Math.abs(best.cpu - cpu!) ? s : best), sizes[0]);
        ctx.report(
          cpuF.node,
          `Fargate has no task size with ${label}, so registration fails ("No Fargate configuration exists for given values"). ` +
            `Use one of ${cpuList(sizes)}${cpuForMemory !== undefined ? `; ${cpuForMemory} fits the task's memory` : ''}.`,
          { cpu, memory, validCpu: sizes.map((s) => s.cpu), nearestCpu: nearest.cpu, cpuForMemory },
        );
      } else if (windows && !row.windows) {
        ctx.report(
          cpuF.node,
          `Windows tasks on Fargate need at least 1 vCPU: only ${cpuList(sizes)} are offered, so ${label} is refused. ` +
            `Raise cpu to ${cpuForMemory ?? 1024} or switch to a Linux image.`,
          { cpu, memory, validCpu: sizes.map((s) => s.cpu), nearestCpu: 1024, cpuForMemory },
        );
      } else cpuOk = true;
    }

    if (memory === undefined || !memF) return;
    const memText = memF.value.text;
    const memLabel = String(memory) === memText.trim() ? `${memory} MiB` : `"${memText}" (${memory} MiB)`;
    if (cpuOk && cpu !== undefined) {
      const row = sizeForCpu(cpu)!;
      if (row.memory.includes(memory)) return;
      const near = nearestMemory(cpu, memory);
      ctx.report(
        memF.node,
        `Fargate has no ${cpu} CPU / ${memory} MiB size, so registration fails ("No Fargate configuration exists for given values"). ` +
          `With ${row.label} the memory must be one of ${formatMemoryList(row.memory)}. ` +
          `Change memory to ${near}` +
          (cpuForMemory !== undefined ? `, or change cpu to ${cpuForMemory} to keep ${memLabel}.` : '.'),
        { cpu, memory, validMemory: [...row.memory], nearestMemory: near, cpuForMemory },
      );
      return;
    }
    // CPU unknown (placeholder) or already reported: still flag a memory value no Fargate size accepts.
    if (cpu === undefined && cpuSizesForMemory(memory, windows).length === 0) {
      const all = [...new Set(sizes.flatMap((s) => s.memory))].sort((a, b) => a - b);
      const near = all.reduce((best, m) => (Math.abs(m - memory) <= Math.abs(best - memory) ? m : best), all[0]);
      ctx.report(
        memF.node,
        `No Fargate task size has ${memLabel} of memory, whatever the cpu, so registration will fail. ` +
          `Valid values run from ${formatMemory(all[0])} to ${formatMemory(all[all.length - 1])}; the nearest is ${near}.`,
        { cpu, memory, validMemory: all, nearestMemory: near },
      );
    }
  },
);
