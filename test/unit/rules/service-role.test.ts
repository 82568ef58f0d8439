import * as assert from 'assert';
import { ecsFindingsOf, relatedWith, validService, validTask } from '../../helpers/ecs';

const ID = 'fargate/service-role';
const ROLE = 'arn:aws:iam::123456789012:role/ecsServiceRole';
const at = (text: string, f: { offset: number; length: number }) => text.slice(f.offset, f.offset + f.length);

/** An EC2 service of a bridge task behind a load balancer: the one case where AWS takes a role. */
function bridgeService(): Record<string, any> {
  const s = validService();
  s.launchType = 'EC2';
  delete s.platformVersion;
  delete s.networkConfiguration;
  s.role = ROLE;
  return s;
}

describe(ID, () => {
  it('reports a role on a Fargate service, on its key, removable', () => {
    const text = JSON.stringify({ ...validService(), role: ROLE }, null, 2);
    const f = ecsFindingsOf(ID, text);
    assert.strictEqual(f.length, 1);
    assert.strictEqual(at(text, f[0]), '"role"');
    assert.match(f[0].message, /service-linked role/);
    assert.match(f[0].message, /awsvpc networking: this Fargate service/);
    assert.deepStrictEqual([f[0].data?.field, f[0].data?.removable], ['role', true]);
  });

  it('reports a role on an EC2 service whose task definition (or awsvpcConfiguration) says awsvpc', () => {
    const t = validTask();
    t.requiresCompatibilities = ['EC2'];
    const viaTask = ecsFindingsOf(ID, bridgeService(), { related: relatedWith(t) });
    assert.strictEqual(viaTask.length, 1);
    assert.match(viaTask[0].message, /taskdef\.json uses the awsvpc network mode/);
    const viaConfig = { ...bridgeService(), networkConfiguration: validService().networkConfiguration };
    assert.match(ecsFindingsOf(ID, viaConfig)[0].message, /awsvpcConfiguration/);
  });

  it('reports a role on services that need the service-linked role for other reasons', () => {
    const registry = { ...bridgeService(), serviceRegistries: [{ registryArn: 'arn:aws:servicediscovery:us-east-1:123456789012:service/srv-0123456789abcdef', containerName: 'web', containerPort: 8080 }] };
    assert.match(ecsFindingsOf(ID, registry)[0].message, /service discovery/);
    const external = { ...bridgeService(), deploymentController: { type: 'EXTERNAL' } };
    assert.match(ecsFindingsOf(ID, external)[0].message, /EXTERNAL deployment controller/);
    const two = bridgeService();
    two.loadBalancers = [two.loadBalancers[0], { ...two.loadBalancers[0], targetGroupArn: two.loadBalancers[0].targetGroupArn.replace('/web/', '/web2/') }];
    assert.match(ecsFindingsOf(ID, two)[0].message, /more than one target group/);
    assert.deepStrictEqual(ecsFindingsOf(ID, { ...bridgeService(), serviceRegistries: [] }), []);
  });

  it('reports a role without load balancers', () => {
    const s = bridgeService();
    s.loadBalancers = [];
    const f = ecsFindingsOf(ID, s);
    assert.strictEqual(f.length, 1);
    assert.match(f[0].message, /lists no "loadBalancers"/);
    delete s.loadBalancers;
    assert.strictEqual(ecsFindingsOf(ID, s).length, 1);
  });

  it('accepts a role on a load-balanced bridge service, an empty role, and templated load balancers', () => {
    const bridge = { ...validTask(), networkMode: 'bridge', requiresCompatibilities: ['EC2'] };
    assert.deepStrictEqual(ecsFindingsOf(ID, bridgeService()), []);
    assert.deepStrictEqual(ecsFindingsOf(ID, bridgeService(), { related: relatedWith(bridge) }), []);
    assert.deepStrictEqual(ecsFindingsOf(ID, { ...validService(), role: '' }), []);
    assert.deepStrictEqual(ecsFindingsOf(ID, { ...bridgeService(), loadBalancers: '${LOAD_BALANCERS}' }), []);
    assert.deepStrictEqual(ecsFindingsOf(ID, validService()), []);
  });
});
