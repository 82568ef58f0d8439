import * as assert from 'assert';
import { findingsOf, validTask } from '../../helpers/docs';
import { covered, lineOf, lineWith } from '../../helpers/lines';

const ID = 'fargate/ulimit-soft-limit';

function withUlimits(ulimits: unknown): Record<string, any> {
  const t = validTask();
  t.containerDefinitions[0].ulimits = ulimits;
  return t;
}

describe('fargate/ulimit-soft-limit', () => {
  it('accepts soft limits up to the hard limit', () => {
    assert.deepStrictEqual(findingsOf(ID, withUlimits([{ name: 'nofile', softLimit: 65535, hardLimit: 65535 }, { name: 'nproc', softLimit: 1024, hardLimit: 4096 }])), []);
    assert.deepStrictEqual(findingsOf(ID, validTask()), []);
  });

  it('reports a soft limit above the hard limit on softLimit, offering the hard limit', () => {
    const text = JSON.stringify(withUlimits([{ name: 'nofile', softLimit: 1048576, hardLimit: 65535 }]), null, 2);
    const f = findingsOf(ID, text);
    assert.strictEqual(f.length, 1);
    assert.strictEqual(f[0].severity, 'error');
    assert.strictEqual(covered(text, f[0]), '1048576');
    assert.strictEqual(lineOf(text, f[0].offset), lineWith(text, '"softLimit"'));
    assert.match(f[0].message, /"nofile" ulimit of container 'web' has softLimit 1048576 above hardLimit 65535/);
    assert.deepStrictEqual(f[0].data, { ruleId: ID, expected: 65535, hardLimit: 65535 });
    assert.strictEqual(findingsOf(ID, withUlimits([{ name: 'nofile', softLimit: '2048', hardLimit: 1024 }])).length, 1);
  });

  it('stays silent when either limit is unknown', () => {
    assert.deepStrictEqual(findingsOf(ID, withUlimits([{ name: 'nofile', softLimit: '${SOFT}', hardLimit: 1024 }])), []);
    assert.deepStrictEqual(findingsOf(ID, withUlimits([{ name: 'nofile', softLimit: 4096 }])), []);
    assert.deepStrictEqual(findingsOf(ID, withUlimits('${ULIMITS}')), []);
  });

  it('reads -1 as unlimited (memlock=-1:-1, as Docker and Elasticsearch use it), never as a limit below the soft one', () => {
    // -1 is RLIM_INFINITY for Docker: a finite soft limit under an unlimited hard limit is valid.
    assert.deepStrictEqual(findingsOf(ID, withUlimits([{ name: 'memlock', softLimit: 65536, hardLimit: -1 }])), []);
    assert.deepStrictEqual(findingsOf(ID, withUlimits([{ name: 'memlock', softLimit: -1, hardLimit: -1 }])), []);
    assert.deepStrictEqual(findingsOf(ID, withUlimits([{ name: 'memlock', softLimit: '65536', hardLimit: '-1' }])), []);
  });
});
