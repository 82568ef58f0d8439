import * as assert from 'assert';
import { ecsFindingsOf, relatedWith, validService, validTask } from '../../helpers/ecs';

const ID = 'fargate/service-platform-task-size';

function sized(cpu: string, memory: string): Record<string, any> {
  const t = validTask();
  t.cpu = cpu;
  t.memory = memory;
  return t;
}

describe(ID, () => {
  for (const [cpu, memory] of [['8192', '16384'], ['16384', '32768'], ['32768', '249856']]) {
    it(`reports a platform version below 1.4.0 for a ${cpu} CPU task, on platformVersion`, () => {
      const s = validService();
      s.platformVersion = '1.3.0';
      const text = JSON.stringify(s, null, 2);
      const f = ecsFindingsOf(ID, text, { related: relatedWith(sized(cpu, memory)) });
      assert.strictEqual(f.length, 1);
      assert.strictEqual(text.slice(f[0].offset, f[0].offset + f[0].length), '"1.3.0"');
      assert.strictEqual(f[0].severity, 'error');
      assert.match(f[0].message, /1\.4\.0 or later/);
      assert.strictEqual(f[0].data?.expected, 'LATEST');
    });
  }
  it('is silent on 1.4.0, LATEST, placeholders, small sizes and without a task definition', () => {
    const big = relatedWith(sized('32768', '122880'));
    for (const v of ['1.4.0', 'LATEST', '${PLATFORM}']) {
      const s = validService();
      s.platformVersion = v;
      assert.deepStrictEqual(ecsFindingsOf(ID, s, { related: big }), [], v);
    }
    const s = validService();
    s.platformVersion = '1.3.0';
    assert.deepStrictEqual(ecsFindingsOf(ID, s, { related: relatedWith(sized('4096', '8192')) }), []);
    assert.deepStrictEqual(ecsFindingsOf(ID, s), []);
  });

  it('does not pair an EXTERNAL-controller service with the task definition of its folder (task sets carry theirs)', () => {
    const s = validService();
    s.platformVersion = '1.3.0';
    s.deploymentController = { type: 'EXTERNAL' };
    delete s.taskDefinition;
    assert.deepStrictEqual(ecsFindingsOf(ID, s, { related: relatedWith(sized('16384', '32768')) }), []);
  });
});
