import * as assert from 'assert';
import { findingsOf, validTask } from '../../helpers/docs';

const ID = 'fargate/runtime-platform';

function task(os: unknown, arch: unknown): Record<string, any> {
  const t = validTask();
  t.runtimePlatform = { operatingSystemFamily: os, cpuArchitecture: arch };
  t.cpu = '1024';
  t.memory = '2048';
  return t;
}

describe('fargate/runtime-platform', () => {
  it('accepts valid platforms', () => {
    assert.deepStrictEqual(findingsOf(ID, validTask()), []);
    assert.deepStrictEqual(findingsOf(ID, task('LINUX', 'ARM64')), []);
    assert.deepStrictEqual(findingsOf(ID, task('WINDOWS_SERVER_2022_CORE', 'X86_64')), []);
    const t = validTask();
    delete t.runtimePlatform;
    assert.deepStrictEqual(findingsOf(ID, t), []);
  });

  it('rejects ARM64 with Windows', () => {
    const t = task('WINDOWS_SERVER_2019_FULL', 'ARM64');
    const text = JSON.stringify(t, null, 2);
    const f = findingsOf(ID, text);
    assert.strictEqual(f.length, 1);
    assert.strictEqual(text.slice(f[0].offset, f[0].offset + f[0].length), '"ARM64"');
    assert.strictEqual(f[0].data?.expected, 'X86_64');
  });

  it('reports unknown values with the valid list, suggesting the right spelling', () => {
    let f = findingsOf(ID, task('linux', 'X86_64'));
    assert.strictEqual(f.length, 1);
    assert.strictEqual(f[0].data?.suggestion, 'LINUX');
    f = findingsOf(ID, task('UBUNTU', 'X86_64'));
    assert.strictEqual(f.length, 1);
    assert.match(f[0].message, /"WINDOWS_SERVER_2019_FULL"/);
    assert.ok((f[0].data?.validValues as string[]).includes('LINUX'));
    f = findingsOf(ID, task('LINUX', 'amd64'));
    assert.strictEqual(f.length, 1);
    assert.strictEqual(f[0].data?.suggestion, 'X86_64');
    f = findingsOf(ID, task('LINUX', 'aarch64'));
    assert.strictEqual(f[0].data?.suggestion, 'ARM64');
  });

  it('treats placeholders and non-strings as unknown (no crash)', () => {
    assert.deepStrictEqual(findingsOf(ID, task('${OS}', '${ARCH}')), []);
    assert.deepStrictEqual(findingsOf(ID, task('WINDOWS_SERVER_2022_CORE', '<ARCH>')), []);
    assert.deepStrictEqual(findingsOf(ID, task(7, null)), []);
    const t = validTask();
    t.runtimePlatform = 'LINUX/ARM64';
    assert.deepStrictEqual(findingsOf(ID, t), []);
  });

  it('stays silent for EC2-only task definitions', () => {
    const t = task('WINDOWS_SERVER_2019_FULL', 'ARM64');
    t.requiresCompatibilities = ['EC2'];
    assert.deepStrictEqual(findingsOf(ID, t), []);
  });
});
