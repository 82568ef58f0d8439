import { FARGATE_SIZES, smallestCpuForMemory } from '../../knowledge/fargateSizes';
import { defineRule, DOCS } from './rule';
import { fargateAnchor } from './support/fargate';

/** Fargate bills and places by task size, so task-level cpu and memory must both be set. */
export default defineRule(
  {
    id: 'fargate/task-size-required',
    severity: 'error',
    title: 'Fargate requires task-level cpu and memory',
    description:
      'Fargate picks the capacity for a task from its task-level `cpu` and `memory`, and bills per second for exactly that ' +
      'size, so both are required (AWS answers "Fargate requires that \'cpu\' be defined at the task level"). Container-level ' +
      'values are optional and only share out what the task has. Add task-level `cpu` and `memory` from the valid Fargate ' +
      'combinations, for example `"cpu": "256"` with `"memory": "512"`.',
    source: DOCS.cpuMemoryError,
    category: 'fargate',
    target: 'taskDefinition',
    fargateOnly: true,
    concept: 'right-sizing',
  },
  (ctx) => {
    const task = ctx.task;
    // Only when FARGATE is listed: a Fargate-shaped task without requiresCompatibilities may well be an EC2 task.
    if (!task || task.fargate !== 'explicit') return;
    const anchor = fargateAnchor(task);
    const cpu = task.cpu?.value;
    const mem = task.memory?.value;
    if (!task.cpu) {
      let suggestion = 256;
      if (mem?.kind === 'number') suggestion = smallestCpuForMemory(mem.value, task.windows)?.cpu ?? suggestion;
      else if (task.windows) suggestion = 1024;
      ctx.report(
        anchor,
        `Fargate requires "cpu" at the task level: it sizes and bills the task from it, and registration fails without it. ` +
          `Add a task-level "cpu" such as "${suggestion}" (${FARGATE_SIZES.find((s) => s.cpu === suggestion)?.label ?? ''}).`,
        { field: 'cpu', suggestion: String(suggestion) },
      );
    }
    if (!task.memory) {
      let suggestion = task.windows ? 2048 : 512;
      if (cpu?.kind === 'number') {
        const row = FARGATE_SIZES.find((s) => s.cpu === cpu.value);
        if (row) suggestion = row.memory[0];
      }
      ctx.report(
        anchor,
        `Fargate requires "memory" at the task level: it sizes and bills the task from it, and registration fails without it. ` +
          `Add a task-level "memory" such as "${suggestion}" (MiB) that fits the task's cpu.`,
        { field: 'memory', suggestion: String(suggestion) },
      );
    }
  },
);
