import * as assert from 'assert';
import { findingsOf, validTask, withPorts } from '../../helpers/docs';

const ID = 'fargate/host-port';

describe('fargate/host-port', () => {
  it('accepts an omitted or equal hostPort', () => {
    assert.deepStrictEqual(findingsOf(ID, validTask()), []);
    assert.deepStrictEqual(findingsOf(ID, withPorts([{ containerPort: 8080, hostPort: 8080 }])), []);
  });

  it('reports a different hostPort on Fargate, with containerPort in data', () => {
    const text = JSON.stringify(withPorts([{ containerPort: 8080, hostPort: 80 }]), null, 2);
    const f = findingsOf(ID, text);
    assert.strictEqual(f.length, 1);
    assert.strictEqual(text.slice(f[0].offset, f[0].offset + f[0].length), '80');
    assert.deepStrictEqual([f[0].data?.containerPort, f[0].data?.expected, f[0].data?.removable], [8080, 8080, true]);
    assert.match(f[0].message, /maps 8080 to 80/);
  });

  it('reports hostPort 0 under awsvpc', () => {
    const f = findingsOf(ID, withPorts([{ containerPort: 8080, hostPort: 0 }]));
    assert.strictEqual(f.length, 1);
    assert.match(f[0].message, /hostPort 0/);
  });

  it('applies to EC2 tasks with awsvpc or host networking, not bridge', () => {
    const ec2 = (mode: string) => (t: Record<string, any>) => {
      t.requiresCompatibilities = ['EC2'];
      t.networkMode = mode;
    };
    assert.strictEqual(findingsOf(ID, withPorts([{ containerPort: 8080, hostPort: 80 }], ec2('awsvpc'))).length, 1);
    assert.match(findingsOf(ID, withPorts([{ containerPort: 8080, hostPort: 80 }], ec2('host')))[0].message, /host networking/);
    assert.deepStrictEqual(findingsOf(ID, withPorts([{ containerPort: 8080, hostPort: 80 }], ec2('bridge'))), []);
    assert.deepStrictEqual(findingsOf(ID, withPorts([{ containerPort: 8080, hostPort: 0 }], ec2('bridge'))), []);
  });

  it('stays silent on placeholders and wrong types', () => {
    assert.deepStrictEqual(findingsOf(ID, withPorts([{ containerPort: 8080, hostPort: '${PORT}' }])), []);
    assert.deepStrictEqual(findingsOf(ID, withPorts([{ containerPort: '<PORT>', hostPort: 80 }])), []);
    assert.deepStrictEqual(findingsOf(ID, withPorts([{ containerPort: 8080, hostPort: true }])), []);
  });

  it('still applies when a Fargate task templates its networkMode (Fargate means awsvpc)', () => {
    assert.strictEqual(findingsOf(ID, withPorts([{ containerPort: 8080, hostPort: 80 }], (t) => (t.networkMode = '${MODE}'))).length, 1);
  });
});
