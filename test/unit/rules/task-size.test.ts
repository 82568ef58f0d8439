import * as assert from 'assert';
import { findingsOf, validTask } from '../../helpers/docs';
import { formatMemoryList } from '../../../server/src/service/rules/task-size';

const ID = 'fargate/task-size';

function task(cpu: unknown, memory: unknown, mutate?: (t: Record<string, any>) => void): Record<string, any> {
  const t = validTask();
  t.cpu = cpu;
  t.memory = memory;
  mutate?.(t);
  return t;
}

describe('fargate/task-size', () => {
  it('accepts every valid pair in many textual forms', () => {
    const ok: [unknown, unknown][] = [
      ['256', '512'], [256, 2048], ['.25 vCPU', '.5 gb'], ['0.25 vcpu', '1 GB'], ['1 vCPU', '2 GB'], ['1024', 8192],
      ['4 vcpu', '22 gb'], [4096, 30720], ['8 vCPU', '60 GB'], [8192, 20480], ['16 vCPU', 122880], [16384, '32 GB'],
    ];
    for (const [cpu, memory] of ok) assert.deepStrictEqual(findingsOf(ID, task(cpu, memory)), [], `${cpu}/${memory}`);
  });

  it('reports an invalid pair on memory, listing valid values and fix data', () => {
    const t = task('256', '4096');
    const text = JSON.stringify(t, null, 2);
    const f = findingsOf(ID, text);
    assert.strictEqual(f.length, 1);
    assert.strictEqual(text.slice(f[0].offset, f[0].offset + f[0].length), '"4096"');
    assert.match(f[0].message, /512 MiB, 1 GB, 2 GB/);
    assert.deepStrictEqual(f[0].data?.validMemory, [512, 1024, 2048]);
    assert.strictEqual(f[0].data?.nearestMemory, 2048);
    assert.strictEqual(f[0].data?.cpuForMemory, 512);
    assert.strictEqual(f[0].data?.cpu, 256);
    assert.strictEqual(f[0].data?.memory, 4096);
  });

  it('knows the 8 and 16 vCPU steps', () => {
    const f = findingsOf(ID, task('8192', '18432'));
    assert.strictEqual(f.length, 1);
    assert.match(f[0].message, /16 GB, 20 GB, \.\.\. 60 GB \(4 GB steps\)/);
    assert.strictEqual(f[0].data?.nearestMemory, 20480);
    assert.strictEqual(findingsOf(ID, task('16 vCPU', '40 GB')).length, 0);
    assert.strictEqual(findingsOf(ID, task('16 vCPU', '36 GB')).length, 1);
  });

  it('knows the 32 vCPU size: exactly 60, 120 or 244 GB, in every textual form', () => {
    const ok: [unknown, unknown][] = [
      ['32768', '61440'], ['32768', '122880'], ['32768', '249856'], [32768, 249856],
      ['32 vCPU', '60 GB'], ['32 vcpu', '120 GB'], ['32 vCPU', '244 GB'], ['32768', '244 gb'],
    ];
    for (const [cpu, memory] of ok) assert.deepStrictEqual(findingsOf(ID, task(cpu, memory)), [], `${cpu}/${memory}`);
    // Not a range: anything between the three sizes is refused, on memory, with the three sizes listed.
    for (const memory of ['65536', '131072', '245760', '32768', '262144', '64 GB']) {
      const f = findingsOf(ID, task('32768', memory));
      assert.strictEqual(f.length, 1, memory);
      assert.match(f[0].message, /60 GB, 120 GB, 244 GB/);
      assert.deepStrictEqual(f[0].data?.validMemory, [61440, 122880, 249856]);
    }
    assert.strictEqual(findingsOf(ID, task('32768', '131072'))[0].data?.nearestMemory, 122880);
    // 244 GB fits no smaller size, so the memory-only check (cpu unknown) accepts it, and 250 GB fits none.
    assert.deepStrictEqual(findingsOf(ID, task('${CPU}', '249856')), []);
    assert.strictEqual(findingsOf(ID, task('${CPU}', '256000')).length, 1);
    // A cpu above the table is still no size, and the largest offered size is named.
    assert.match(findingsOf(ID, task('65536', '249856'))[0].message, /32768 \(32 vCPU\)/);
  });

  it('refuses 32 vCPU for Windows tasks', () => {
    const f = findingsOf(ID, task('32768', '122880', (t) => {
      t.runtimePlatform = { operatingSystemFamily: 'WINDOWS_SERVER_2022_FULL', cpuArchitecture: 'X86_64' };
    }));
    assert.strictEqual(f.length, 1);
    assert.match(f[0].message, /Windows/);
    assert.ok(!(f[0].data?.validCpu as number[]).includes(32768));
  });

  it('reports a cpu value that is no Fargate size', () => {
    const f = findingsOf(ID, task(300, '1024'));
    assert.strictEqual(f.length, 1);
    assert.match(f[0].message, /256 \(\.25 vCPU\), 512 \(\.5 vCPU\)/);
    assert.strictEqual(f[0].data?.nearestCpu, 256);
    assert.strictEqual(f[0].data?.cpuForMemory, 256);
  });

  it('gives one clear message per unreadable value', () => {
    for (const [cpu, memory, field] of [
      ['lots', '512', 'cpu'],
      ['256', 'plenty', 'memory'],
    ] as [unknown, unknown, string][]) {
      const f = findingsOf(ID, task(cpu, memory));
      assert.strictEqual(f.length, 1, JSON.stringify([cpu, memory]));
      assert.strictEqual(f[0].data?.field, field);
      assert.match(f[0].message, new RegExp(`Task-level ${field} .* is not a value AWS can read`));
    }
    const both = findingsOf(ID, task('lots', 'plenty'));
    assert.strictEqual(both.length, 2);
    // Wrong JSON types are fargate/value-type's to report: one message in all, not one per rule.
    for (const [cpu, memory] of [[{ vcpu: 1 }, '512'], ['256', true]] as [unknown, unknown][]) {
      assert.deepStrictEqual(findingsOf(ID, task(cpu, memory)), [], JSON.stringify([cpu, memory]));
      assert.strictEqual(findingsOf('fargate/value-type', task(cpu, memory)).length, 1, JSON.stringify([cpu, memory]));
    }
  });

  it('reports 1.5 vCPU as no Fargate size', () => {
    const f = findingsOf(ID, task('1.5 vCPU', '4 GB'));
    assert.strictEqual(f.length, 1);
    assert.match(f[0].message, /"1\.5 vCPU" \(1536 CPU units\)/);
  });

  it('limits Windows tasks to 1, 2 and 4 vCPU', () => {
    const win = (t: Record<string, any>) => {
      t.runtimePlatform = { operatingSystemFamily: 'WINDOWS_SERVER_2022_CORE', cpuArchitecture: 'X86_64' };
    };
    const f = findingsOf(ID, task('512', '2048', win));
    assert.strictEqual(f.length, 1);
    assert.match(f[0].message, /Windows/);
    assert.deepStrictEqual(f[0].data?.validCpu, [1024, 2048, 4096]);
    assert.strictEqual(f[0].data?.cpuForMemory, 1024);
    assert.strictEqual(findingsOf(ID, task('1024', '2048', win)).length, 0);
    assert.strictEqual(findingsOf(ID, task('8192', '16384', win)).length, 1);
  });

  it('treats placeholders as unknown, but still flags memory no size accepts', () => {
    assert.deepStrictEqual(findingsOf(ID, task('${CPU}', '${MEMORY}')), []);
    assert.deepStrictEqual(findingsOf(ID, task('<CPU>', '2048')), []);
    assert.deepStrictEqual(findingsOf(ID, task('1024', '{{ .Env.MEM }}')), []);
    const f = findingsOf(ID, task('<CPU>', '3000'));
    assert.strictEqual(f.length, 1);
    assert.strictEqual(f[0].data?.nearestMemory, 3072);
  });

  it('stays silent for EC2-only task definitions', () => {
    const t = task(128, 300, (x) => {
      x.requiresCompatibilities = ['EC2'];
      x.networkMode = 'bridge';
    });
    assert.deepStrictEqual(findingsOf(ID, t), []);
  });

  it('formats memory lists briefly', () => {
    assert.strictEqual(formatMemoryList([512, 1024, 2048]), '512 MiB, 1 GB, 2 GB');
    assert.strictEqual(formatMemoryList([2048, 3072, 4096, 5120, 6144, 7168, 8192]), '2 GB, 3 GB, ... 8 GB (1 GB steps)');
  });
});

describe('rule fargate/task-size with sed-style tokens', () => {
  it('treats TASK_CPU / TASK_MEMORY tokens as placeholders, not invalid sizes', () => {
    const t = validTask();
    t.cpu = 'TASK_CPU';
    t.memory = 'TASK_MEMORY';
    assert.deepStrictEqual(findingsOf('fargate/task-size', t), []);
    t.cpu = 'lots';
    assert.strictEqual(findingsOf('fargate/task-size', t).length, 1);
  });
});
