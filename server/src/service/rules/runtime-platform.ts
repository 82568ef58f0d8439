import { enumByName } from '../../knowledge/catalog';
import { defineRule, DOCS } from './rule';
import { isPlaceholderNode, orList } from './support/fargate';

const OS_FAMILIES: readonly string[] = enumByName('OSFamily') ?? [
  'LINUX', 'WINDOWS_SERVER_2019_FULL', 'WINDOWS_SERVER_2019_CORE', 'WINDOWS_SERVER_2022_FULL', 'WINDOWS_SERVER_2022_CORE',
];
const ARCHITECTURES: readonly string[] = enumByName('CPUArchitecture') ?? ['X86_64', 'ARM64'];

/** runtimePlatform must name a known OS/architecture, and the pair must exist on Fargate. */
export default defineRule(
  {
    id: 'fargate/runtime-platform',
    severity: 'error',
    title: 'Fargate runtime platform must be a valid OS/architecture pair',
    description:
      '`runtimePlatform` tells Fargate which kind of host to start: `operatingSystemFamily` (LINUX or a WINDOWS_SERVER_* value) ' +
      'and `cpuArchitecture` (X86_64 or ARM64). Both are fixed lists and case-sensitive. Graviton (ARM64) hosts only run Linux, ' +
      'and Windows containers on Fargate run on X86_64 only. Fix the spelling, or use ARM64 with LINUX and X86_64 with Windows.',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RuntimePlatform.html',
    category: 'fargate',
    target: 'taskDefinition',
    fargateOnly: true,
    concept: 'fargate-limits',
  },
  (ctx) => {
    const task = ctx.task;
    if (!task) return;
    const rp = task.obj.obj('runtimePlatform');
    if (!rp) return;
    const osNode = rp.get('operatingSystemFamily');
    const archNode = rp.get('cpuArchitecture');
    let os: string | undefined;
    let arch: string | undefined;

    if (osNode && osNode.type === 'string' && !isPlaceholderNode(osNode)) {
      const v = osNode.value as string;
      if (OS_FAMILIES.includes(v)) os = v;
      else {
        const fixed = OS_FAMILIES.find((o) => o === v.trim().toUpperCase());
        ctx.report(
          osNode,
          `"${v}" is not an operating system family AWS knows, so the task definition is rejected. ` +
            (fixed ? `Write it as "${fixed}" (values are case-sensitive).` : `Use one of ${orList(OS_FAMILIES.map((o) => `"${o}"`))}.`),
          { validValues: [...OS_FAMILIES], suggestion: fixed },
        );
      }
    }
    if (archNode && archNode.type === 'string' && !isPlaceholderNode(archNode)) {
      const v = archNode.value as string;
      if (ARCHITECTURES.includes(v)) arch = v;
      else {
        const norm = v.trim().toUpperCase().replace(/-/g, '_');
        const fixed =
          ARCHITECTURES.find((a) => a === norm) ??
          (['AMD64', 'X64', 'X86'].includes(norm) ? 'X86_64' : ['AARCH64', 'ARM'].includes(norm) ? 'ARM64' : undefined);
        ctx.report(
          archNode,
          `"${v}" is not a CPU architecture AWS knows, so the task definition is rejected. ` +
            (fixed ? `Did you mean "${fixed}"? ` : '') +
            `Use ${orList(ARCHITECTURES.map((a) => `"${a}"`))} (case-sensitive).`,
          { validValues: [...ARCHITECTURES], suggestion: fixed },
        );
      }
    }
    if (arch === 'ARM64' && os && os !== 'LINUX') {
      ctx.report(
        archNode!,
        `ARM64 (Graviton) Fargate hosts only run Linux, so ${os} with ARM64 cannot start. Use "X86_64" for Windows containers, ` +
          'or build a Linux image for ARM64.',
        { expected: 'X86_64', validValues: ['X86_64'] },
      );
    }
  },
);
