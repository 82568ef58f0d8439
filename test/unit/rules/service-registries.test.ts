import * as assert from 'assert';
import { ecsFindingsOf, relatedWith, validService, validTask } from '../../helpers/ecs';

const ID = 'fargate/service-registries';
const REGISTRY = 'arn:aws:servicediscovery:us-east-1:123456789012:service/srv-0123456789abcdef';
const at = (text: string, f: { offset: number; length: number }) => text.slice(f.offset, f.offset + f.length);

function withRegistries(...entries: object[]): Record<string, any> {
  return { ...validService(), serviceRegistries: entries };
}

describe(ID, () => {
  it('accepts one registry: bare (A record), with port, or with the container pair (SRV)', () => {
    assert.deepStrictEqual(ecsFindingsOf(ID, withRegistries({ registryArn: REGISTRY })), []);
    assert.deepStrictEqual(ecsFindingsOf(ID, withRegistries({ registryArn: REGISTRY, port: 8080 })), []);
    assert.deepStrictEqual(ecsFindingsOf(ID, withRegistries({ registryArn: REGISTRY, containerName: 'web', containerPort: 8080 })), []);
    assert.deepStrictEqual(ecsFindingsOf(ID, withRegistries({ registryArn: REGISTRY, containerName: '', containerPort: null, port: 8080 })), []);
  });

  it('reports a second registry on that entry', () => {
    const text = JSON.stringify(withRegistries({ registryArn: REGISTRY }, { registryArn: REGISTRY.replace('srv-0', 'srv-1') }), null, 2);
    const f = ecsFindingsOf(ID, text);
    assert.strictEqual(f.length, 1);
    assert.match(at(text, f[0]), /^\{\s*"registryArn": "arn:aws:servicediscovery:us-east-1:123456789012:service\/srv-1/);
    assert.match(f[0].message, /only one/);
  });

  it('accepts a containerName alone on awsvpc (an A record registers the task IP; deployed that way in public modules)', () => {
    // in4it/terraform-modules#13 (Fargate, container_name only) and telia-oss/terraform-aws-ecs-fargate#36 (the fix
    // for "do not require a value for 'containerPort'" kept container_name): ECS takes the name without the port.
    assert.deepStrictEqual(ecsFindingsOf(ID, withRegistries({ registryArn: REGISTRY, containerName: 'web' })), []);
    assert.deepStrictEqual(ecsFindingsOf(ID, withRegistries({ registryArn: REGISTRY, containerPort: 8080 })), []);
  });

  it('reports half of the container pair with a bridge or host task definition, on the key given', () => {
    const bridge = { ...validTask(), networkMode: 'bridge', requiresCompatibilities: ['EC2'] };
    const s = withRegistries({ registryArn: REGISTRY, containerName: 'web' });
    s.launchType = 'EC2';
    delete s.platformVersion;
    delete s.networkConfiguration;
    const text = JSON.stringify(s, null, 2);
    const f = ecsFindingsOf(ID, text, { related: relatedWith(bridge) });
    assert.strictEqual(f.length, 1);
    assert.strictEqual(at(text, f[0]), '"containerName"');
    assert.match(f[0].message, /without "containerPort"/);
    assert.match(f[0].message, /bridge networking/);
    s.serviceRegistries = [{ registryArn: REGISTRY, containerPort: 8080 }];
    assert.match(ecsFindingsOf(ID, s, { related: relatedWith(bridge) })[0].message, /"containerPort" without "containerName"/);
    // The network mode unknown: silent.
    assert.deepStrictEqual(ecsFindingsOf(ID, s), []);
  });

  it('reports port next to the pair on awsvpc', () => {
    const text = JSON.stringify(withRegistries({ registryArn: REGISTRY, containerName: 'web', containerPort: 8080, port: 8080 }), null, 2);
    const f = ecsFindingsOf(ID, text);
    assert.strictEqual(f.length, 1);
    assert.strictEqual(at(text, f[0]), '"port"');
    assert.match(f[0].message, /not both/);
  });

  it('requires the pair with a bridge task definition, and is silent while the network mode is unknown', () => {
    const bridge = { ...validTask(), networkMode: 'bridge', requiresCompatibilities: ['EC2'] };
    const s = withRegistries({ registryArn: REGISTRY, port: 8080 });
    s.launchType = 'EC2';
    delete s.platformVersion;
    delete s.networkConfiguration;
    const f = ecsFindingsOf(ID, s, { related: relatedWith(bridge) });
    assert.strictEqual(f.length, 1);
    assert.match(f[0].message, /bridge networking .*taskdef\.json/);
    assert.deepStrictEqual(ecsFindingsOf(ID, s), []);
    s.serviceRegistries = [{ registryArn: REGISTRY, containerName: 'web', containerPort: 8080 }];
    assert.deepStrictEqual(ecsFindingsOf(ID, s, { related: relatedWith(bridge) }), []);
  });
});
