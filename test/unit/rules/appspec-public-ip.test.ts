import * as assert from 'assert';
import { ecsFindingsOf, VALID_APPSPEC_YAML } from '../../helpers/ecs';

const ID = 'fargate/appspec-public-ip';
const withIp = (v: string) =>
  VALID_APPSPEC_YAML.replace('          ContainerPort: 8080\n', `          ContainerPort: 8080\n        NetworkConfiguration:\n          AwsvpcConfiguration:\n            Subnets: ["subnet-1"]\n            AssignPublicIp: ${v}\n`);

describe(ID, () => {
  it('warns on ENABLED (ECS.16)', () => {
    const f = ecsFindingsOf(ID, withIp('ENABLED'), { yaml: true });
    assert.strictEqual(f.length, 1);
    assert.strictEqual(f[0].severity, 'warning');
  });
  it('is silent on DISABLED', () => {
    assert.deepStrictEqual(ecsFindingsOf(ID, withIp('DISABLED'), { yaml: true }), []);
  });
});
