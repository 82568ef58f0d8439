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
  it('reports a wrong ContainerPort even when ContainerName is wrong too (both at once)', () => {
    const a = validAppSpec();
    const info = a.Resources[0].TargetService.Properties.LoadBalancerInfo;
    info.ContainerName = 'app';
    info.ContainerPort = 80;
    const text = JSON.stringify(a, null, 2);
    const f = ecsFindingsOf(ID, text, { related: relatedWith(validTask()) });
    assert.strictEqual(f.length, 2, JSON.stringify(f.map((x) => x.message)));
    assert.match(f[0].message, /no container named 'app'/);
    assert.match(f[1].message, /No container of task definition 'web' in taskdef\.json maps port 80 \(its containers map 8080\)/);
    assert.strictEqual(text.slice(f[1].offset, f[1].offset + f[1].length), '80');
    // A port some container maps is fine whichever container the name should have been.
    info.ContainerPort = 8080;
    assert.strictEqual(ecsFindingsOf(ID, JSON.stringify(a), { related: relatedWith(validTask()) }).length, 1);
  });
});
