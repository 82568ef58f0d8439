import * as assert from 'assert';
import { ecsFindingsOf, VALID_APPSPEC_YAML, validAppSpec, validTask, relatedWith } from '../../helpers/ecs';

describe('fargate/appspec-task-container', () => {
  const ID = 'fargate/appspec-task-container';
  it('checks the YAML appspec against the only task definition of the folder', () => {
    assert.deepStrictEqual(ecsFindingsOf(ID, VALID_APPSPEC_YAML, { yaml: true, related: relatedWith(validTask()) }), []);
    const f = ecsFindingsOf(ID, VALID_APPSPEC_YAML.replace('"web"', '"app"'), { yaml: true, related: relatedWith(validTask()) });
    assert.strictEqual(f.length, 1);
    assert.match(f[0].message, /no container named 'app'/);
  });
  it('checks the port of a JSON appspec whose ARN names the family', () => {
    const a = validAppSpec();
    a.Resources[0].TargetService.Properties.LoadBalancerInfo.ContainerPort = 80;
    const f = ecsFindingsOf(ID, a, { related: relatedWith(validTask()) });
    assert.strictEqual(f.length, 1);
    assert.match(f[0].message, /does not map port 80/);
  });
});
