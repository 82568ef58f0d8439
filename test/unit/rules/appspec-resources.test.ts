import * as assert from 'assert';
import { ecsFindingsOf, VALID_APPSPEC_YAML, validAppSpec } from '../../helpers/ecs';

const ID = 'fargate/appspec-resources';

describe(ID, () => {
  it('accepts a valid appspec', () => {
    assert.deepStrictEqual(ecsFindingsOf(ID, VALID_APPSPEC_YAML, { yaml: true }), []);
    assert.deepStrictEqual(ecsFindingsOf(ID, validAppSpec()), []);
  });
  it('allows exactly one TargetService', () => {
    const a = validAppSpec();
    a.Resources.push(a.Resources[0]);
    assert.match(ecsFindingsOf(ID, a)[0].message, /exactly one/);
  });
  it('requires Type AWS::ECS::Service', () => {
    const f = ecsFindingsOf(ID, VALID_APPSPEC_YAML.replace('AWS::ECS::Service', 'AWS::Lambda::Function'), { yaml: true });
    assert.strictEqual(f.length, 1);
    assert.strictEqual(f[0].data?.expected, 'AWS::ECS::Service');
  });
  it('requires LoadBalancerInfo with a name and a valid port', () => {
    const a = validAppSpec();
    a.Resources[0].TargetService.Properties.LoadBalancerInfo = { ContainerName: 'web', ContainerPort: 0 };
    assert.match(ecsFindingsOf(ID, a)[0].message, /1 to 65535/);
    a.Resources[0].TargetService.Properties.LoadBalancerInfo = { ContainerPort: '<PORT>' };
    assert.strictEqual(ecsFindingsOf(ID, a)[0].data?.missing, 'ContainerName');
    delete a.Resources[0].TargetService.Properties.LoadBalancerInfo;
    assert.strictEqual(ecsFindingsOf(ID, a)[0].data?.missing, 'LoadBalancerInfo');
  });
  it('accepts a numeric string port and flags misspelt keys', () => {
    const yaml = VALID_APPSPEC_YAML.replace('ContainerPort: 8080', 'ContainerPort: "8080"').replace('TaskDefinition:', 'Taskdefinition:');
    const f = ecsFindingsOf(ID, yaml, { yaml: true });
    assert.deepStrictEqual(f.map((x) => x.data?.suggestion ?? x.data?.missing), ['TaskDefinition', 'TaskDefinition']);
  });
});
