/**
 * Fargate on-demand prices (us-east-1), used for cost estimates in hovers and the cost command.
 * Sources: the facts sheet (§8), compiled from public price write-ups dated March–June 2026; the official
 * price page is https://aws.amazon.com/fargate/pricing/. Prices change: this is an estimate, not a quote.
 */

export type PricePlatform = 'linux-x86' | 'linux-arm' | 'windows';

export interface PlatformPrice {
  label: string;
  perVcpuHour: number;
  perGbHour: number;
  /** Windows adds an OS licence fee per vCPU-hour. */
  licensePerVcpuHour: number;
}

export const PRICES_REGION = 'us-east-1';
export const PRICES_AS_OF = '2026-06';
export const PRICES_SOURCE_URL = 'https://aws.amazon.com/fargate/pricing/';
/** Hours in an average month (730 = 24 × 365 / 12), the convention AWS's calculator uses. */
export const HOURS_PER_MONTH = 730;
/** Ephemeral storage above the included 20 GB, per GB-hour. */
export const EPHEMERAL_PER_GB_HOUR = 0.000111;
export const EPHEMERAL_INCLUDED_GB = 20;

export const PRICES: Readonly<Record<PricePlatform, PlatformPrice>> = {
  'linux-x86': { label: 'Linux/x86', perVcpuHour: 0.04048, perGbHour: 0.004445, licensePerVcpuHour: 0 },
  'linux-arm': { label: 'Linux/ARM (Graviton)', perVcpuHour: 0.03238, perGbHour: 0.00356, licensePerVcpuHour: 0 },
  windows: { label: 'Windows/x86', perVcpuHour: 0.09148, perGbHour: 0.01005, licensePerVcpuHour: 0.046 },
};

export interface CostEstimate {
  platform: PricePlatform;
  label: string;
  vcpu: number;
  memoryGb: number;
  ephemeralGb: number;
  perHour: number;
  perMonth: number;
}

/** Which price list applies, from runtimePlatform values (defaults: Linux, X86_64). */
export function pricePlatform(osFamily?: string, cpuArchitecture?: string): PricePlatform {
  if (osFamily && osFamily.toUpperCase().startsWith('WINDOWS')) return 'windows';
  return cpuArchitecture === 'ARM64' ? 'linux-arm' : 'linux-x86';
}

/** On-demand cost of one task running continuously. `ephemeralGiB` is the task's total ephemeral storage. */
export function estimateCost(cpuUnits: number, memoryMiB: number, platform: PricePlatform = 'linux-x86', ephemeralGiB = EPHEMERAL_INCLUDED_GB): CostEstimate {
  const p = PRICES[platform];
  const vcpu = cpuUnits / 1024;
  const memoryGb = memoryMiB / 1024;
  const extraStorage = Math.max(0, ephemeralGiB - EPHEMERAL_INCLUDED_GB);
  const perHour = vcpu * (p.perVcpuHour + p.licensePerVcpuHour) + memoryGb * p.perGbHour + extraStorage * EPHEMERAL_PER_GB_HOUR;
  return { platform, label: p.label, vcpu, memoryGb, ephemeralGb: ephemeralGiB, perHour, perMonth: perHour * HOURS_PER_MONTH };
}

/** "$0.0123" for small amounts, "$12.34" otherwise. */
export function formatUsd(n: number): string {
  return n < 1 ? `$${n.toFixed(4)}` : `$${n.toFixed(2)}`;
}
