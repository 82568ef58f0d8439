import * as assert from 'assert';
import { ecsFindingsOf, validService } from '../../helpers/ecs';

const ID = 'fargate/service-daemon';

/** A valid DAEMON service on EC2 (bridge networking: no networkConfiguration, no load balancer). */
function daemon(): Record<string, any> {
  return {
    serviceName: 'log-agent',
    cluster: 'prod',
    taskDefinition: 'log-agent:4',
    launchType: 'EC2',
    schedulingStrategy: 'DAEMON',
    deploymentConfiguration: { maximumPercent: 100, minimumHealthyPercent: 0 },
    placementConstraints: [{ type: 'memberOf', expression: 'attribute:ecs.os-type == linux' }],
  };
}

function textOf(f: { offset: number; length: number }, text: string): string {
  return text.slice(f.offset, f.offset + f.length);
}

describe(ID, () => {
  it('accepts a daemon service without count, strategy or rebalancing', () => {
    assert.deepStrictEqual(ecsFindingsOf(ID, daemon()), []);
    assert.deepStrictEqual(ecsFindingsOf(ID, { ...daemon(), availabilityZoneRebalancing: 'DISABLED', placementStrategy: [] }), []);
  });

  it('reports desiredCount on its key, with a removal', () => {
    const text = JSON.stringify({ ...daemon(), desiredCount: 3 }, null, 2);
    const f = ecsFindingsOf(ID, text);
    assert.strictEqual(f.length, 1);
    assert.strictEqual(textOf(f[0], text), '"desiredCount"');
    assert.match(f[0].message, /does not support a desired count/);
    assert.deepStrictEqual([f[0].data?.field, f[0].data?.removable], ['desiredCount', true]);
  });

  it('leaves the desiredCount of describe-services output and of ecspresso-style definitions alone', () => {
    assert.deepStrictEqual(ecsFindingsOf(ID, { ...daemon(), desiredCount: 3, runningCount: 3, serviceArn: 'arn:aws:ecs:us-east-1:123456789012:service/prod/log-agent' }), []);
    const ecspresso: Record<string, any> = { ...daemon(), desiredCount: 3, platformFamily: 'Linux' };
    assert.deepStrictEqual(ecsFindingsOf(ID, ecspresso), []);
    delete ecspresso.platformFamily;
    delete ecspresso.serviceName;
    assert.deepStrictEqual(ecsFindingsOf(ID, ecspresso), []);
    // Zero is a count too: AWS rejects any desiredCount on a daemon.
    assert.strictEqual(ecsFindingsOf(ID, { ...daemon(), desiredCount: 0 }).length, 1);
  });

  it('reports maximumPercent above 100 on its value', () => {
    const s = daemon();
    s.deploymentConfiguration.maximumPercent = 200;
    const text = JSON.stringify(s, null, 2);
    const f = ecsFindingsOf(ID, text);
    assert.strictEqual(f.length, 1);
    assert.strictEqual(textOf(f[0], text), '200');
    assert.match(f[0].message, /at most 100/);
    assert.strictEqual(f[0].data?.expected, 100);
    s.deploymentConfiguration.maximumPercent = '${MAX_PERCENT}';
    assert.deepStrictEqual(ecsFindingsOf(ID, s), []);
  });

  it('reports a placement strategy', () => {
    const text = JSON.stringify({ ...daemon(), placementStrategy: [{ type: 'spread', field: 'instanceId' }] }, null, 2);
    const f = ecsFindingsOf(ID, text);
    assert.strictEqual(f.length, 1);
    assert.strictEqual(textOf(f[0], text), '"placementStrategy"');
    assert.match(f[0].message, /nothing for a placement strategy to choose/);
  });

  it('reports availabilityZoneRebalancing ENABLED on its value', () => {
    const text = JSON.stringify({ ...daemon(), availabilityZoneRebalancing: 'ENABLED' }, null, 2);
    const f = ecsFindingsOf(ID, text);
    assert.strictEqual(f.length, 1);
    assert.strictEqual(textOf(f[0], text), '"ENABLED"');
    assert.strictEqual(f[0].data?.expected, 'DISABLED');
  });

  it('leaves REPLICA services and DAEMON on Fargate (reported by service-scheduling-strategy) alone', () => {
    assert.deepStrictEqual(ecsFindingsOf(ID, { ...validService(), placementStrategy: [{ type: 'random' }] }), []);
    const fargateDaemon = { ...validService(), schedulingStrategy: 'DAEMON' };
    assert.deepStrictEqual(ecsFindingsOf(ID, fargateDaemon), []);
    assert.strictEqual(ecsFindingsOf('fargate/service-scheduling-strategy', fargateDaemon).length, 1);
  });

  it('does not let service-deployment-configuration ask a daemon for maximumPercent 200', () => {
    const s = daemon();
    s.deploymentConfiguration.minimumHealthyPercent = 100;
    const f = ecsFindingsOf('fargate/service-deployment-configuration', s);
    assert.strictEqual(f.length, 1);
    assert.match(f[0].message, /Lower minimumHealthyPercent/);
    assert.strictEqual(f[0].data?.expected, undefined);
    assert.deepStrictEqual(ecsFindingsOf(ID, s), []);
  });
});
