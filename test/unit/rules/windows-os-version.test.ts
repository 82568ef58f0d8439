import * as assert from 'assert';
import { findingsOf, validTask } from '../../helpers/docs';

const ID = 'fargate/windows-os-version';

function windows(os: string): Record<string, any> {
  const t = validTask();
  t.runtimePlatform = { operatingSystemFamily: os, cpuArchitecture: 'X86_64' };
  t.cpu = '1024';
  t.memory = '2048';
  return t;
}

describe('fargate/windows-os-version', () => {
  it('accepts Linux and the documented Windows versions', () => {
    assert.deepStrictEqual(findingsOf(ID, validTask()), []);
    for (const os of ['WINDOWS_SERVER_2019_FULL', 'WINDOWS_SERVER_2019_CORE', 'WINDOWS_SERVER_2022_FULL', 'WINDOWS_SERVER_2022_CORE']) {
      assert.deepStrictEqual(findingsOf(ID, windows(os)), [], os);
    }
  });

  it('warns about Windows versions not documented for Fargate', () => {
    for (const os of ['WINDOWS_SERVER_2016_FULL', 'WINDOWS_SERVER_2004_CORE', 'WINDOWS_SERVER_20H2_CORE', 'WINDOWS_SERVER_2025_CORE']) {
      const f = findingsOf(ID, windows(os));
      assert.strictEqual(f.length, 1, os);
      assert.strictEqual(f[0].severity, 'warning');
      assert.match(f[0].message, /not known to run on Fargate/);
      assert.strictEqual(f[0].data?.suggestion, 'WINDOWS_SERVER_2022_CORE');
    }
  });

  it('leaves unknown spellings and placeholders to others', () => {
    assert.deepStrictEqual(findingsOf(ID, windows('windows_server_2016_full')), []);
    assert.deepStrictEqual(findingsOf(ID, windows('WINDOWS_SERVER_${VERSION}_CORE')), []);
  });

  it('stays silent for EC2-only task definitions', () => {
    const t = windows('WINDOWS_SERVER_2016_FULL');
    t.requiresCompatibilities = ['EC2'];
    assert.deepStrictEqual(findingsOf(ID, t), []);
  });
});
