import { defineRule, DOCS } from './rule';
import { isEmptyValue, isPlaceholderNode, removableData } from './support/fargate';

/** Task-level fields and volume types Fargate rejects. */
export default defineRule(
  {
    id: 'fargate/unsupported-task-field',
    severity: 'error',
    title: 'Task field or volume type not supported on Fargate',
    description:
      'Some task-level settings only make sense on an EC2 host you manage, and Fargate refuses them at registration: ' +
      '`ipcMode` (any value), `pidMode: "host"` (`"task"` is fine), `placementConstraints` (Fargate chooses where tasks run), ' +
      '`inferenceAccelerators` (Elastic Inference is retired and never ran on Fargate), Docker volumes ' +
      '(`dockerVolumeConfiguration`) and host paths (`host.sourcePath`). Remove the setting; for storage use a bind mount ' +
      'without a host path (task-scoped), EFS or EBS. Empty arrays and `null` are ignored by AWS and are fine.',
    source: DOCS.fargateTasks,
    category: 'fargate',
    target: 'taskDefinition',
    fargateOnly: true,
    concept: 'fargate-limits',
  },
  (ctx) => {
    const task = ctx.task;
    if (!task) return;
    const obj = task.obj;

    const ipc = obj.prop('ipcMode');
    if (ipc?.valueNode && !isEmptyValue(ipc.valueNode)) {
      ctx.report(
        ipc.keyNode,
        'Fargate tasks cannot set ipcMode, whatever its value: sharing IPC namespaces with the host or other tasks is an EC2 feature, ' +
          'and AWS rejects the task definition ("Fargate compatible task definitions do not support ipcMode"). Remove "ipcMode".',
        removableData('ipcMode'),
      );
    }

    const pid = obj.prop('pidMode');
    const pidNode = pid?.valueNode;
    if (pid && pidNode && pidNode.type === 'string' && !isPlaceholderNode(pidNode) && pidNode.value === 'host') {
      ctx.report(
        pidNode,
        'pidMode "host" would let containers see the host\'s processes, which Fargate never allows (AWS: the supported value is "task"). ' +
          'Use "task" to share the process namespace among the task\'s containers, or remove pidMode.',
        removableData('pidMode', { expected: 'task' }),
      );
    }

    const pc = obj.prop('placementConstraints');
    if (pc?.valueNode && !isEmptyValue(pc.valueNode)) {
      ctx.report(
        pc.keyNode,
        'placementConstraints choose among your EC2 container instances; on Fargate AWS picks the capacity, so the task definition ' +
          'is rejected ("Fargate compatible task definitions do not support constraints"). Remove "placementConstraints"; ' +
          'steer Fargate tasks with subnets (Availability Zones) in the service network configuration instead.',
        removableData('placementConstraints'),
      );
    }

    const ia = obj.prop('inferenceAccelerators');
    if (ia?.valueNode && !isEmptyValue(ia.valueNode)) {
      ctx.report(
        ia.keyNode,
        'inferenceAccelerators (Amazon Elastic Inference) are not available on Fargate, and the service itself has been retired. ' +
          'Remove "inferenceAccelerators"; for inference use a CPU-sized Fargate task, or EC2 instances with GPUs or Inferentia.',
        removableData('inferenceAccelerators'),
      );
    }

    for (const volume of task.volumes) {
      const label = volume.name ? `Volume '${volume.name}'` : 'This volume';
      const dv = volume.obj.prop('dockerVolumeConfiguration');
      if (dv?.valueNode && !isEmptyValue(dv.valueNode)) {
        ctx.report(
          dv.keyNode,
          `${label} uses dockerVolumeConfiguration, but Fargate has no Docker volume drivers to manage such volumes, so AWS rejects it. ` +
            'Remove "dockerVolumeConfiguration" and use a plain bind mount (task-scoped scratch space), efsVolumeConfiguration for shared ' +
            'data, or an EBS volume configured at deployment.',
          removableData('dockerVolumeConfiguration'),
        );
      }
      const sp = volume.host?.prop('sourcePath');
      if (sp?.valueNode && !isEmptyValue(sp.valueNode)) {
        ctx.report(
          sp.keyNode,
          `${label} mounts a host path, but Fargate hosts are not yours to read or write, so AWS rejects "sourcePath". ` +
            'Remove "sourcePath" (an empty "host" gives a task-scoped bind mount that lives as long as the task), or use EFS for data that must persist.',
          removableData('host.sourcePath'),
        );
      }
    }
  },
);
