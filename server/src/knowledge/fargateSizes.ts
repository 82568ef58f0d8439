/**
 * The Fargate task size table: which task-level memory values go with which CPU value.
 * Source: ECS API model (RegisterTaskDefinitionRequest.memory) and the "Invalid CPU or memory value"
 * troubleshooting page (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-cpu-memory-error.html).
 */

export interface FargateCpuSize {
  /** CPU units (1024 = 1 vCPU). */
  cpu: number;
  /** Human label as accepted by the API, e.g. ".25 vCPU". */
  label: string;
  vcpu: number;
  /** Valid memory values in MiB, ascending. */
  memory: readonly number[];
  /** Windows containers on Fargate support only the 1, 2 and 4 vCPU rows. */
  windows: boolean;
  /** Minimum Linux platform version, when above the baseline. */
  minPlatform?: string;
}

function range(from: number, to: number, step: number): number[] {
  const out: number[] = [];
  for (let v = from; v <= to; v += step) out.push(v);
  return out;
}

export const FARGATE_SIZES: readonly FargateCpuSize[] = [
  { cpu: 256, label: '.25 vCPU', vcpu: 0.25, memory: [512, 1024, 2048], windows: false },
  { cpu: 512, label: '.5 vCPU', vcpu: 0.5, memory: range(1024, 4096, 1024), windows: false },
  { cpu: 1024, label: '1 vCPU', vcpu: 1, memory: range(2048, 8192, 1024), windows: true },
  { cpu: 2048, label: '2 vCPU', vcpu: 2, memory: range(4096, 16384, 1024), windows: true },
  { cpu: 4096, label: '4 vCPU', vcpu: 4, memory: range(8192, 30720, 1024), windows: true },
  { cpu: 8192, label: '8 vCPU', vcpu: 8, memory: range(16384, 61440, 4096), windows: false, minPlatform: '1.4.0' },
  { cpu: 16384, label: '16 vCPU', vcpu: 16, memory: range(32768, 122880, 8192), windows: false, minPlatform: '1.4.0' },
];

export function sizeForCpu(cpu: number): FargateCpuSize | undefined {
  return FARGATE_SIZES.find((s) => s.cpu === cpu);
}

/** CPU sizes that accept this memory value (MiB). */
export function cpuSizesForMemory(memory: number, windows = false): FargateCpuSize[] {
  return FARGATE_SIZES.filter((s) => s.memory.includes(memory) && (!windows || s.windows));
}

export function isValidPair(cpu: number, memory: number, windows = false): boolean {
  const s = sizeForCpu(cpu);
  return !!s && s.memory.includes(memory) && (!windows || s.windows);
}

/** Formats MiB the way the console does: 512 MiB, 1 GB, 30 GB. */
export function formatMemory(mib: number): string {
  return mib % 1024 === 0 ? `${mib / 1024} GB` : `${mib} MiB`;
}

/** The valid memory value nearest to `memory` for a CPU size (ties go to the larger value). */
export function nearestMemory(cpu: number, memory: number): number | undefined {
  const s = sizeForCpu(cpu);
  if (!s) return undefined;
  let best = s.memory[0];
  for (const m of s.memory) if (Math.abs(m - memory) <= Math.abs(best - memory)) best = m;
  return best;
}

/** The smallest CPU size that accepts `memory` (for "change cpu to fit the memory" fixes). */
export function smallestCpuForMemory(memory: number, windows = false): FargateCpuSize | undefined {
  return cpuSizesForMemory(memory, windows)[0];
}
