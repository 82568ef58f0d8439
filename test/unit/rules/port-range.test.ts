import * as assert from 'assert';
import { findingsOf, validTask, withPorts } from '../../helpers/docs';

const ID = 'fargate/port-range';

describe('fargate/port-range', () => {
  it('accepts valid ports and ranges', () => {
    assert.deepStrictEqual(findingsOf(ID, validTask()), []);
    assert.deepStrictEqual(findingsOf(ID, withPorts([{ containerPort: 1 }, { containerPort: 65535, hostPort: 65535 }, { containerPortRange: '8000-8100', protocol: 'udp' }])), []);
  });

  it('reports ports outside 1–65535 on the value', () => {
    const text = JSON.stringify(withPorts([{ containerPort: 0 }, { containerPort: 70000 }, { containerPort: 80, hostPort: -1 }]), null, 2);
    const f = findingsOf(ID, text);
    assert.deepStrictEqual(f.map((x) => text.slice(x.offset, x.offset + x.length)), ['0', '70000', '-1']);
    assert.deepStrictEqual(f.map((x) => x.data?.field), ['containerPort', 'containerPort', 'hostPort']);
  });

  it('allows hostPort 0 here (awsvpc is fargate/host-port\'s business)', () => {
    assert.deepStrictEqual(findingsOf(ID, withPorts([{ containerPort: 80, hostPort: 0 }])), []);
  });

  it('reports malformed or inverted ranges', () => {
    for (const r of ['8000', '8000:8100', '9000-8000', '8000-8000', '0-100', '65000-70000']) {
      const f = findingsOf(ID, withPorts([{ containerPortRange: r }]));
      assert.strictEqual(f.length, 1, r);
    }
  });

  it('reports a range combined with hostPort or containerPort', () => {
    const f = findingsOf(ID, withPorts([{ containerPortRange: '8000-8100', hostPort: 8000, containerPort: 8000 }]));
    assert.deepStrictEqual(f.map((x) => x.data?.field).sort(), ['containerPort', 'hostPort']);
    assert.ok(f.every((x) => x.data?.removable === true));
  });

  it('reports a mapping with neither containerPort nor range', () => {
    const f = findingsOf(ID, withPorts([{ protocol: 'tcp' }]));
    assert.strictEqual(f.length, 1);
    assert.strictEqual(f[0].data?.missing, 'containerPort');
  });

  it('stays silent on placeholders and leaves types and enums to fargate/value-type', () => {
    assert.deepStrictEqual(findingsOf(ID, withPorts([{ containerPort: '${PORT}' }, { containerPortRange: '<RANGE>' }])), []);
    assert.deepStrictEqual(findingsOf(ID, withPorts([{ containerPort: 'http' }, { containerPort: 80, protocol: 'HTTP', appProtocol: 'https' }])), []);
    assert.deepStrictEqual(findingsOf(ID, withPorts([{ containerPortRange: 8000 }])), []);
  });
});
