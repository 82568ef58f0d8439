import * as assert from 'assert';
import { findingsOf, validTask } from '../../helpers/docs';

const ID = 'fargate/port-conflict';

function twoContainers(a: unknown[], b: unknown[], mutate?: (t: Record<string, any>) => void): Record<string, any> {
  const t = validTask();
  t.containerDefinitions[0].portMappings = a;
  t.containerDefinitions.push({ name: 'sidecar', image: 'envoy:1', essential: false, portMappings: b });
  mutate?.(t);
  return t;
}

function ec2Bridge(t: Record<string, any>): void {
  t.requiresCompatibilities = ['EC2'];
  t.networkMode = 'bridge';
}

describe('fargate/port-conflict', () => {
  it('accepts distinct ports, and the same port on different protocols in different containers', () => {
    assert.deepStrictEqual(findingsOf(ID, validTask()), []);
    assert.deepStrictEqual(findingsOf(ID, twoContainers([{ containerPort: 8080 }], [{ containerPort: 9901 }, { containerPortRange: '10000-10010' }])), []);
    assert.deepStrictEqual(findingsOf(ID, twoContainers([{ containerPort: 53, protocol: 'tcp' }], [{ containerPort: 53, protocol: 'udp' }])), []);
  });

  it('reports the same port in two containers of a Fargate task, on the later mapping', () => {
    const text = JSON.stringify(twoContainers([{ containerPort: 8080 }], [{ containerPort: 8080, protocol: 'tcp' }]), null, 2);
    const f = findingsOf(ID, text);
    assert.strictEqual(f.length, 1);
    assert.strictEqual(f[0].offset, text.lastIndexOf('8080'));
    assert.deepStrictEqual([f[0].data?.containerIndex, f[0].data?.otherContainerIndex, f[0].data?.port], [1, 0, 8080]);
    assert.match(f[0].message, /share one network namespace/);
  });

  it('reports one container mapping a port twice, and overlapping ranges', () => {
    assert.strictEqual(findingsOf(ID, twoContainers([{ containerPort: 8080 }, { containerPort: 8080 }], [])).length, 1);
    const f = findingsOf(ID, twoContainers([{ containerPortRange: '9000-9100' }], [{ containerPortRange: '9050-9200' }, { containerPort: 9000 }]));
    assert.strictEqual(f.length, 2);
    assert.ok(f.every((x) => x.data?.containerIndex === 1));
  });

  it('accepts one container port over tcp and udp (DNS), which ECS has accepted since 2020', () => {
    assert.deepStrictEqual(findingsOf(ID, twoContainers([{ containerPort: 53, protocol: 'tcp' }, { containerPort: 53, protocol: 'udp' }], [])), []);
    // The same port and protocol twice is still a conflict.
    assert.strictEqual(findingsOf(ID, twoContainers([{ containerPort: 53, protocol: 'udp' }, { containerPort: 53, protocol: 'udp' }], [])).length, 1);
  });

  it('under bridge networking only compares explicit host ports', () => {
    assert.deepStrictEqual(findingsOf(ID, twoContainers([{ containerPort: 80 }], [{ containerPort: 80 }], ec2Bridge)), []);
    assert.deepStrictEqual(findingsOf(ID, twoContainers([{ containerPort: 80, hostPort: 0 }], [{ containerPort: 80, hostPort: 0 }], ec2Bridge)), []);
    const f = findingsOf(ID, twoContainers([{ containerPort: 80, hostPort: 3000 }], [{ containerPort: 81, hostPort: 3000 }], ec2Bridge));
    assert.strictEqual(f.length, 1);
    assert.match(f[0].message, /ports of the EC2 instance/);
  });

  it('stays silent on placeholders, invalid values and unknown network modes', () => {
    assert.deepStrictEqual(findingsOf(ID, twoContainers([{ containerPort: '${PORT}' }], [{ containerPort: '${PORT}' }])), []);
    assert.deepStrictEqual(findingsOf(ID, twoContainers([{ containerPort: 70000 }], [{ containerPort: 70000 }])), []);
    assert.deepStrictEqual(findingsOf(ID, twoContainers([{ containerPort: 80, protocol: 'sctp' }], [{ containerPort: 80, protocol: 'sctp' }])), []);
    const unknownMode = (t: Record<string, any>) => {
      t.requiresCompatibilities = ['EC2'];
      t.networkMode = '${NETWORK_MODE}';
    };
    assert.deepStrictEqual(findingsOf(ID, twoContainers([{ containerPort: 80, hostPort: 80 }], [{ containerPort: 80, hostPort: 80 }], unknownMode)), []);
  });
});
