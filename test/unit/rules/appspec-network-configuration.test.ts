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
  it('checks the ID lists as the service rule does: too many, padded, duplicated, not strings', () => {
    const subnets = Array.from({ length: 17 }, (_, i) => `"subnet-${i.toString(16)}"`).join(', ');
    const y = withProps(`        NetworkConfiguration:\n          AwsvpcConfiguration:\n            Subnets: [${subnets}]\n            SecurityGroups: [" sg-1a ", "sg-2", "sg-2", 7]\n`);
    const messages = ecsFindingsOf(ID, y, { yaml: true }).map((x) => x.message);
    assert.deepStrictEqual(messages, [
      '"Subnets" lists 17 entries; a task\'s network interface accepts at most 16 subnets. Remove 1.',
      'The security group ID " sg-1a " has surrounding spaces; AWS does not trim IDs, so this one will not be found.',
      'The security group "sg-2" is listed twice in "SecurityGroups".',
      'Each entry of "SecurityGroups" must be a security group ID string, not a number.',
    ]);
    const templated = withProps('        NetworkConfiguration:\n          AwsvpcConfiguration:\n            Subnets: "${SUBNETS}"\n            SecurityGroups: ["${SG}", "${SG}"]\n');
    assert.deepStrictEqual(ecsFindingsOf(ID, templated, { yaml: true }), []);
  });
  it('checks CapacityProviderStrategy as the service rule checks capacityProviderStrategy', () => {
    const good = withProps('        CapacityProviderStrategy:\n          - Base: "1"\n            CapacityProvider: "FARGATE"\n            Weight: 1\n          - CapacityProvider: "FARGATE_SPOT"\n            Weight: 3\n');
    assert.deepStrictEqual(ecsFindingsOf(ID, good, { yaml: true }), []);
    const bad = withProps('        CapacityProviderStrategy:\n          - Base: 1\n            CapacityProvider: "Fargate"\n            Weight: 0\n          - CapacityProvider: "my-asg"\n            Base: 2\n');
    const messages = ecsFindingsOf(ID, bad, { yaml: true }).map((x) => x.message);
    assert.deepStrictEqual(messages, [
      'Every capacity provider in "CapacityProviderStrategy" has Weight 0 (the default when it is left out), so none of them can take tasks and AWS rejects the strategy. Give at least one provider a Weight above 0 (for example FARGATE 1 and FARGATE_SPOT 3).',
      'This capacity provider strategy mixes Fargate (Fargate) with "my-asg", which AWS does not allow: a strategy uses either FARGATE / FARGATE_SPOT or Auto Scaling group capacity providers. Keep the Fargate providers here and run the EC2 capacity in a separate service.',
      'Capacity provider names are case-sensitive: the Fargate provider is "FARGATE", not "Fargate".',
      'Only one capacity provider in a strategy may have a "Base" above 0, and "Fargate" already has one; AWS rejects the strategy. Keep the base on the provider that must always run tasks (usually FARGATE) and set this one to 0.',
    ]);
  });
  it('suggests PascalCase keys', () => {
    const y = withProps('        NetworkConfiguration:\n          awsvpcConfiguration:\n            subnets: ["subnet-1"]\n');
    const f = ecsFindingsOf(ID, y, { yaml: true });
    assert.strictEqual(f.length, 1);
    assert.strictEqual(f[0].data?.suggestion, 'AwsvpcConfiguration');
  });
});
