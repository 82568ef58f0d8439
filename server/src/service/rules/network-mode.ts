import { describeType } from '../json';
import { defineRule, DOCS } from './rule';
import { fargateAnchor } from './support/fargate';

/** Fargate gives every task its own network interface, so only the awsvpc network mode is accepted. */
export default defineRule(
  {
    id: 'fargate/network-mode',
    severity: 'error',
    title: 'Fargate requires the awsvpc network mode',
    description:
      'Every Fargate task gets its own elastic network interface with a private IP in your subnet; that is the `awsvpc` ' +
      'network mode, and it is the only one Fargate accepts. `bridge`, `host` and `none` are EC2 modes, and leaving ' +
      '`networkMode` out means `bridge` on Linux. Registering such a task definition for Fargate fails ("Fargate only supports ' +
      "network mode 'awsvpc'\"). Set `\"networkMode\": \"awsvpc\"`; containers in the task then reach each other on localhost.",
    source: DOCS.awsvpc,
    category: 'fargate',
    target: 'taskDefinition',
    fargateOnly: true,
    concept: 'awsvpc-eni',
  },
  (ctx) => {
    const task = ctx.task;
    if (!task || task.networkModeIsPlaceholder) return;
    const node = task.obj.get('networkMode');
    const data = { expected: 'awsvpc' };
    if (node && node.type !== 'null') {
      if (node.type !== 'string') {
        ctx.report(
          node,
          `networkMode is ${describeType(node)}; Fargate needs the string "awsvpc" here (each task gets its own network interface). Replace the value with "awsvpc".`,
          data,
        );
        return;
      }
      const mode = node.value as string;
      if (mode === 'awsvpc') return;
      if (mode.toLowerCase() === 'awsvpc') {
        ctx.report(node, `Network modes are case-sensitive: write "awsvpc" in lower case, or AWS rejects "${mode}" as an unknown network mode.`, data);
        return;
      }
      ctx.report(
        node,
        `Fargate only runs tasks in the "awsvpc" network mode (each task gets its own network interface); "${mode}" is an EC2 mode, ` +
          `so registering this task definition for Fargate fails. Change networkMode to "awsvpc", or drop FARGATE from requiresCompatibilities if this task is meant for EC2.`,
        data,
      );
      return;
    }
    // Absent: only wrong when the task explicitly asks for Fargate (AWS then assumes bridge).
    if (task.fargate !== 'explicit') return;
    ctx.report(
      fargateAnchor(task),
      'This task requires FARGATE but sets no networkMode, which means "bridge", and Fargate only supports "awsvpc" ' +
        '(AWS answers "Fargate only supports network mode \'awsvpc\'"). Add "networkMode": "awsvpc".',
      { ...data, missing: true },
    );
  },
);
