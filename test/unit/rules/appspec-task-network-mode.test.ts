import * as assert from 'assert';
import { ecsFindingsOf, relatedWith, VALID_APPSPEC_YAML, validAppSpec, validTask } from '../../helpers/ecs';

const ID = 'fargate/appspec-task-network-mode';
const NETWORK = '        NetworkConfiguration:\n          AwsvpcConfiguration:\n            Subnets: ["subnet-1"]\n';
const withNetwork = VALID_APPSPEC_YAML.replace('          ContainerPort: 8080\n', `          ContainerPort: 8080\n${NETWORK}`);

function task(networkMode: string | undefined, extra: Record<string, unknown> = {}): Record<string, any> {
  const t = { ...validTask(), ...extra };
  if (networkMode === undefined) delete t.networkMode;
  else t.networkMode = networkMode;
  return t;
}

describe(ID, () => {
  it('is silent for an awsvpc task definition, or when the AppSpec has no NetworkConfiguration', () => {
    assert.deepStrictEqual(ecsFindingsOf(ID, withNetwork, { yaml: true, related: relatedWith(task('awsvpc')) }), []);
    assert.deepStrictEqual(ecsFindingsOf(ID, VALID_APPSPEC_YAML, { yaml: true, related: relatedWith(task('bridge')) }), []);
    // A Fargate task without networkMode registers as awsvpc.
    assert.deepStrictEqual(ecsFindingsOf(ID, withNetwork, { yaml: true, related: relatedWith(task(undefined)) }), []);
  });

  it('reports a NetworkConfiguration for a bridge or host task definition, at the key, with a removal fix', () => {
    for (const mode of ['bridge', 'host']) {
      const f = ecsFindingsOf(ID, withNetwork, { yaml: true, related: relatedWith(task(mode, { requiresCompatibilities: ['EC2'] })) });
      assert.strictEqual(f.length, 1, mode);
      assert.match(f[0].message, new RegExp(`^The task definition in taskdef\\.json uses the ${mode} network mode`));
      assert.strictEqual(withNetwork.slice(f[0].offset, f[0].offset + f[0].length), 'NetworkConfiguration');
      assert.strictEqual(f[0].data?.removable, true);
    }
    // An EC2 task without networkMode registers as bridge.
    const ec2 = ecsFindingsOf(ID, withNetwork, { yaml: true, related: relatedWith(task(undefined, { requiresCompatibilities: ['EC2'], cpu: undefined, memory: undefined })) });
    assert.match(ec2[0]?.message ?? '', /bridge network mode/);
  });

  it('is silent without a paired task definition, or with a templated network mode', () => {
    assert.deepStrictEqual(ecsFindingsOf(ID, withNetwork, { yaml: true }), []);
    assert.deepStrictEqual(ecsFindingsOf(ID, withNetwork, { yaml: true, related: relatedWith(task('${NETWORK_MODE}')) }), []);
    // Two task definitions and a placeholder reference: no pairing, no finding.
    assert.deepStrictEqual(ecsFindingsOf(ID, withNetwork, { yaml: true, related: relatedWith(task('bridge'), { ...task('bridge'), family: 'other' }) }), []);
  });

  it('reads JSON AppSpecs too', () => {
    const a = validAppSpec();
    a.Resources[0].TargetService.Properties.NetworkConfiguration = { AwsvpcConfiguration: { Subnets: ['subnet-1'] } };
    const f = ecsFindingsOf(ID, a, { related: relatedWith(task('host', { requiresCompatibilities: ['EC2'] })) });
    assert.strictEqual(f.length, 1);
  });
});
