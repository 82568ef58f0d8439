/**
 * Network-mode helpers for the port rules: which namespace a task's containers share.
 */
import { registeredNetworkMode, type TaskDefinitionModel } from '../../model';

export type PortNamespace =
  /** awsvpc: all containers of the task share one network interface; hostPort must equal containerPort. */
  | 'awsvpc'
  /** host: containers use the instance's network directly; hostPort must equal containerPort. */
  | 'host'
  /** bridge (the EC2 default): each container has its own namespace; explicit host ports are shared on the instance. */
  | 'bridge'
  /** `none`, a placeholder, or a value we do not know: port rules stay silent. */
  | 'unknown';

/** The network mode the port rules reason about. Fargate always means awsvpc (another rule reports other modes). */
export function portNamespace(task: TaskDefinitionModel): PortNamespace {
  if (task.fargate === 'explicit') return 'awsvpc';
  if (task.networkModeIsPlaceholder) return task.fargate === 'implied' ? 'awsvpc' : 'unknown';
  const mode = registeredNetworkMode(task);
  return mode === 'awsvpc' || mode === 'host' || mode === 'bridge' ? mode : 'unknown';
}

/** Parses a `containerPortRange` such as `"8000-8100"`; undefined when malformed. */
export function parsePortRange(text: string): { start: number; end: number } | undefined {
  const m = /^\s*(\d{1,6})\s*-\s*(\d{1,6})\s*$/.exec(text);
  return m ? { start: Number(m[1]), end: Number(m[2]) } : undefined;
}
