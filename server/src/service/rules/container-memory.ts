import { readNumber } from './support/numbers';
import { containerLabel, defineRule, DOCS } from './rule';

/**
 * Container memory settings that ECS rejects: a hard limit above the Fargate task memory, a soft limit
 * (`memoryReservation`) not below the hard limit, and (EC2 without task memory) no memory at all.
 */
export default defineRule(
  {
    id: 'fargate/container-memory',
    severity: 'error',
    title: 'Container memory does not fit',
    description:
      'Container `memory` is a hard limit (the container is killed above it) and `memoryReservation` a soft one. ' +
      'ECS rejects a task definition when:\n\n' +
      '- on Fargate, a container `memory` is larger than the task-level `memory` (the task can never give it that much);\n' +
      '- a container sets both and `memoryReservation` is larger than `memory` (the API reference asks for `memory` to be ' +
      'greater; equal values are accepted in practice);\n' +
      '- the task has no task-level `memory` (possible on EC2 only) and a container sets neither `memory` nor ' +
      '`memoryReservation`: ECS would have no idea how much memory to reserve.\n\n' +
      'Fix by raising the task memory, lowering or removing the container value, or adding a container memory.',
    source: DOCS.containerDefinitionApi,
    category: 'fargate',
    target: 'taskDefinition',
  },
  (ctx) => {
    const task = ctx.task;
    if (!task) return;
    const taskMemory = task.memory?.value.kind === 'number' ? task.memory.value.value : undefined;
    for (const c of task.containers) {
      const memNode = c.obj.get('memory');
      const resNode = c.obj.get('memoryReservation');
      const mem = readNumber(memNode);
      const res = readNumber(resNode);
      const label = containerLabel(c);

      if (task.fargate !== 'none' && taskMemory !== undefined && mem.kind === 'number' && memNode && mem.value > taskMemory) {
        ctx.report(
          memNode,
          `The memory limit of ${label} (${mem.value} MiB) is larger than the whole task's memory (${taskMemory} MiB). ` +
            `On Fargate every container lives inside the task's memory, so ECS rejects this. ` +
            `Lower the container memory to at most ${taskMemory} MiB, remove it, or raise the task memory.`,
          { containerMemory: mem.value, taskMemory, expected: taskMemory },
        );
      }

      if (mem.kind === 'number' && res.kind === 'number' && resNode && mem.value > 0 && res.value > mem.value) {
        ctx.report(
          resNode,
          `The memoryReservation of ${label} (${res.value} MiB) is above its memory limit (${mem.value} MiB). ` +
            `memoryReservation is the soft amount ECS reserves and memory the hard cap the container is killed at, so the reservation cannot exceed the cap. ` +
            `Lower memoryReservation, raise memory, or keep only one of them.`,
          { memory: mem.value, memoryReservation: res.value },
        );
      }

      if (task.fargate === 'none' && task.memory === undefined) {
        const hasMem = mem.kind !== 'absent' && !(mem.kind === 'number' && mem.value === 0);
        const hasRes = res.kind !== 'absent' && !(res.kind === 'number' && res.value === 0);
        if (!hasMem && !hasRes) {
          ctx.report(
            c.nameNode ?? { offset: c.obj.node.offset, length: 1 },
            `${label[0].toUpperCase()}${label.slice(1)} sets neither memory nor memoryReservation, and the task has no task-level memory. ` +
              `Without one of them ECS cannot tell how much memory to reserve on the instance and rejects the task definition. ` +
              `Add memoryReservation (soft limit) or memory (hard limit) to the container, or set memory at task level.`,
            { containerIndex: c.index, missing: ['memory', 'memoryReservation'] },
          );
        }
      }
    }
  },
);
