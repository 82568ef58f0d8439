import * as assert from 'assert';
import { ecsFindingsOf, validService } from '../../helpers/ecs';

const ID = 'fargate/service-network-configuration';

describe(ID, () => {
  it('accepts a complete awsvpc configuration', () => {
    assert.deepStrictEqual(ecsFindingsOf(ID, validService()), []);
  });
  it('requires networkConfiguration on a Fargate service', () => {
    const s = validService();
    delete s.networkConfiguration;
    const f = ecsFindingsOf(ID, s);
    assert.strictEqual(f.length, 1);
    assert.match(f[0].message, /no "networkConfiguration"/);
    assert.strictEqual(f[0].data?.missing, 'networkConfiguration');
  });
  it('treats a FARGATE_SPOT capacity provider as Fargate', () => {
    const s = validService();
    delete s.networkConfiguration;
    delete s.launchType;
    s.capacityProviderStrategy = [{ capacityProvider: 'FARGATE_SPOT', weight: 1 }];
    assert.match(ecsFindingsOf(ID, s)[0].message, /FARGATE_SPOT/);
  });
  it('stays silent for EC2 services without network configuration', () => {
    const s = validService();
    delete s.networkConfiguration;
    s.launchType = 'EC2';
    assert.deepStrictEqual(ecsFindingsOf(ID, s), []);
  });
  it('requires subnets, at most 16', () => {
    const s = validService();
    s.networkConfiguration.awsvpcConfiguration.subnets = [];
    assert.match(ecsFindingsOf(ID, s)[0].message, /"subnets" is empty/);
    s.networkConfiguration.awsvpcConfiguration.subnets = Array.from({ length: 17 }, (_, i) => `subnet-${i.toString(16).padStart(4, '0')}`);
    assert.match(ecsFindingsOf(ID, s)[0].message, /at most 16/);
    delete s.networkConfiguration.awsvpcConfiguration.subnets;
    assert.match(ecsFindingsOf(ID, s)[0].message, /no "subnets"/);
  });
  it('allows at most 5 security groups', () => {
    const s = validService();
    s.networkConfiguration.awsvpcConfiguration.securityGroups = ['sg-1', 'sg-2', 'sg-3', 'sg-4', 'sg-5', 'sg-6'];
    const f = ecsFindingsOf(ID, s);
    assert.strictEqual(f.length, 1);
    assert.match(f[0].message, /at most 5/);
  });
  it('checks assignPublicIp values and rejects ENABLED on EC2', () => {
    const s = validService();
    s.networkConfiguration.awsvpcConfiguration.assignPublicIp = 'enabled';
    assert.strictEqual(ecsFindingsOf(ID, s)[0].data?.expected, 'ENABLED');
    s.networkConfiguration.awsvpcConfiguration.assignPublicIp = 'ENABLED';
    s.launchType = 'EC2';
    assert.match(ecsFindingsOf(ID, s)[0].message, /EC2 launch type/);
  });
  it('flags subnet IDs with spaces and duplicates, ignores placeholders', () => {
    const s = validService();
    s.networkConfiguration.awsvpcConfiguration.subnets = ['subnet-0a1b2c3d ', 'subnet-4e5f6a7b', 'subnet-4e5f6a7b', '${SUBNET}', 'PRIVATE_SUBNET_ONE'];
    const f = ecsFindingsOf(ID, s);
    assert.strictEqual(f.length, 2);
    assert.match(f[0].message, /spaces/);
    assert.match(f[1].message, /twice/);
  });
  it('reports wrong types without crashing', () => {
    const s = validService();
    s.networkConfiguration = { awsvpcConfiguration: { subnets: 'subnet-1', securityGroups: 3, assignPublicIp: true } };
    const f = ecsFindingsOf(ID, s);
    assert.strictEqual(f.length, 3);
    s.networkConfiguration = 'x';
    assert.strictEqual(ecsFindingsOf(ID, s).length, 1);
  });
});
