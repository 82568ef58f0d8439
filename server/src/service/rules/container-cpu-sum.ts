import { readNumber } from './support/numbers';
import { containerLabel, defineRule, DOCS } from './rule';

/** The container-level `cpu` values of a Fargate task must fit inside the task-level `cpu`. */
export default defineRule(
  {
    id: 'fargate/container-cpu-sum',
    severity: 'error',
    title: 'Container CPU exceeds the task CPU',
    description:
      'On Fargate the task-level `cpu` is the whole CPU budget of the task; container-level `cpu` values only divide ' +
      'that budget between containers. When their sum is larger than the task `cpu`, ECS refuses to register the task ' +
      'definition. Raise the task `cpu` to a valid Fargate size, lower the container values, or drop container `cpu` ' +
      'altogether (containers then share the task CPU).',
    source: DOCS.taskDefParams,
    category: 'fargate',
    target: 'taskDefinition',
    fargateOnly: true,
  },
  (ctx) => {
    const task = ctx.task;
    if (!task || !task.cpu || task.cpu.value.kind !== 'number') return;
    const taskCpu = task.cpu.value.value;
    const parts: { label: string; index: number; cpu: number }[] = [];
    for (const c of task.containers) {
      const r = readNumber(c.obj.get('cpu'));
      if (r.kind === 'number' && r.value > 0) parts.push({ label: containerLabel(c), index: c.index, cpu: r.value });
    }
    const sum = parts.reduce((s, p) => s + p.cpu, 0);
    if (sum <= taskCpu) return;
    const detail = parts.map((p) => `${p.label}: ${p.cpu}`).join(', ');
    const vcpu = (taskCpu / 1024).toString();
    ctx.report(
      task.cpu.node,
      `The containers ask for ${sum} CPU units in total (${detail}), more than the task's ${taskCpu} units (${vcpu} vCPU). ` +
        `Fargate gives the task exactly its task-level cpu and the containers share it, so ECS rejects a sum above it. ` +
        `Raise the task cpu, lower the container cpu values, or remove them.`,
      { taskCpu, containerCpuSum: sum, containers: parts.map((p) => ({ index: p.index, cpu: p.cpu })) },
    );
  },
);
