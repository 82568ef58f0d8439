import * as assert from 'assert';
import { ecsFindingsOf, VALID_APPSPEC_YAML } from '../../helpers/ecs';

const ID = 'fargate/appspec-network-configuration';
const withProps = (extra: string) => VALID_APPSPEC_YAML.replace('          ContainerPort: 8080\n', `          ContainerPort: 8080\n${extra}`);

describe(ID, () => {
  it('accepts a complete configuration', () => {
    const y = withProps('        PlatformVersion: "LATEST"\n        NetworkConfiguration:\n          AwsvpcConfiguration:\n            Subnets: ["subnet-1", "subnet-2"]\n            SecurityGroups: ["sg-1"]\n            AssignPublicIp: "DISABLED"\n');
    assert.deepStrictEqual(ecsFindingsOf(ID, y, { yaml: true }), []);
  });
  it('checks platform version, subnets and AssignPublicIp', () => {
    const y = withProps('        PlatformVersion: "1.4"\n        NetworkConfiguration:\n          AwsvpcConfiguration:\n            SecurityGroups: "sg-1"\n            AssignPublicIp: "yes"\n');
    const f = ecsFindingsOf(ID, y, { yaml: true });
    assert.strictEqual(f.length, 4, JSON.stringify(f.map((x) => x.message)));
    assert.strictEqual(f[0].data?.expected, '1.4.0');
  });
  it('suggests PascalCase keys', () => {
    const y = withProps('        NetworkConfiguration:\n          awsvpcConfiguration:\n            subnets: ["subnet-1"]\n');
    const f = ecsFindingsOf(ID, y, { yaml: true });
    assert.strictEqual(f.length, 1);
    assert.strictEqual(f[0].data?.suggestion, 'AwsvpcConfiguration');
  });
});
