/**
 * The Fargate task size table: which task-level memory values go with which CPU value. This table is the one place
 * that knows Fargate's sizes; rules, completions, hovers, quick fixes, prices, the sidebar and the size table page
 * all read it. A new size is one new row here.
 *
 * Sources (checked 2026-12-04): the "Invalid CPU or memory value" troubleshooting page and the task-size table of the
 * ECS developer guide (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-cpu-memory-error.html,
 * https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html#fargate-tasks-size), the
 * ECS API model (RegisterTaskDefinitionRequest.memory; its text of December 2026 still stops at 16 vCPU), and, for the
 * 32 vCPU row added in 2026, cfn-lint PR #4668 (E3047, merged 2026-09-01) and pulumi-awsx PR #2053 (2026-06-24).
 */

export interface FargateCpuSize {
  /** CPU units (1024 = 1 vCPU). */
  cpu: number;
  /** Human label as accepted by the API, e.g. ".25 vCPU". */
  label: string;
  vcpu: number;
  /** Valid memory values in MiB, ascending (a range with a fixed step, or a few discrete sizes). */
  memory: readonly number[];
  /** Whether Windows containers on Fargate may use this row. */
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
  // Added in 2026: three memory sizes, not a range (60, 120 or 244 GB).
  { cpu: 32768, label: '32 vCPU', vcpu: 32, memory: [61440, 122880, 249856], windows: false, minPlatform: '1.4.0' },
];

/** When the table was last checked against its sources (shown in the size table page and the docs). */
export const FARGATE_SIZES_CHECKED = '2026-12-04';

/** The CPU values of the table, for messages: "256, 512, ... or 32768". */
export function cpuValuesText(sizes: readonly FargateCpuSize[] = FARGATE_SIZES): string {
  const values = sizes.map((s) => String(s.cpu));
  return values.length > 1 ? `${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}` : values.join('');
}

/** The span of the table in vCPU, for prose: ".25 to 32 vCPU". */
export function vcpuSpanText(sizes: readonly FargateCpuSize[] = FARGATE_SIZES): string {
  return `${sizes[0].label.replace(/ vCPU$/, '')} to ${sizes[sizes.length - 1].label}`;
}

/** Row labels joined for prose: "1, 2 and 4 vCPU" (or "1, 2 or 4 vCPU"). */
export function labelsText(sizes: readonly FargateCpuSize[], conjunction: 'and' | 'or' = 'and'): string {
  const values = sizes.map((s) => s.label.replace(/ vCPU$/, ''));
  const joined = values.length > 1 ? `${values.slice(0, -1).join(', ')} ${conjunction} ${values[values.length - 1]}` : values.join('');
  return `${joined} vCPU`;
}

/** The rows Windows tasks may use. */
export const WINDOWS_SIZES: readonly FargateCpuSize[] = FARGATE_SIZES.filter((s) => s.windows);

/** The rows that need a newer Linux platform version than the baseline. */
export const PLATFORM_GATED_SIZES: readonly FargateCpuSize[] = FARGATE_SIZES.filter((s) => s.minPlatform);

/** True when a row's memory values run in one fixed step (a range rather than a few discrete sizes). */
export function hasFixedStep(values: readonly number[]): boolean {
  if (values.length < 3) return true;
  const step = values[1] - values[0];
  for (let i = 2; i < values.length; i++) if (values[i] - values[i - 1] !== step) return false;
  return true;
}

/**
 * A row's memory choices in words: "512 MiB, 1 GB or 2 GB" for short or uneven lists, "2 GB to 8 GB in 1 GB steps"
 * for ranges.
 */
export function memoryChoicesText(values: readonly number[]): string {
  if (values.length <= 3 || !hasFixedStep(values)) {
    const parts = values.map(formatMemory);
    return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} or ${parts[parts.length - 1]}` : parts.join('');
  }
  return `${formatMemory(values[0])} to ${formatMemory(values[values.length - 1])} in ${formatMemory(values[1] - values[0])} steps`;
}

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

/**
 * The size table as Markdown, for the README (written there by `node scripts/rules-doc.mjs`, which also writes the
 * rule reference; a unit test checks the README holds exactly this table).
 */
export function renderSizeTable(): string {
  const rows = FARGATE_SIZES.map((s) => {
    const os = s.windows ? 'Linux, Windows' : 'Linux only';
    const platform = s.minPlatform ? `Linux ${s.minPlatform} or later` : 'any';
    return `| \`${s.cpu}\` | ${s.label} | ${memoryChoicesText(s.memory)} | ${os} | ${platform} |`;
  });
  return [
    '| cpu | vCPU | memory | OS | platform version |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
    `Sizes as checked against the AWS documentation on ${FARGATE_SIZES_CHECKED} (\`server/src/knowledge/fargateSizes.ts\`, the one place that holds them).`,
  ].join('\n');
}
