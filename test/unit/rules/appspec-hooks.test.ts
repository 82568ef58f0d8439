import * as assert from 'assert';
import { ecsFindingsOf, VALID_APPSPEC_YAML } from '../../helpers/ecs';

const ID = 'fargate/appspec-hooks';
const withHooks = (h: string) => VALID_APPSPEC_YAML.replace(/Hooks:[\s\S]*$/, `Hooks:\n${h}\n`);

describe(ID, () => {
  it('accepts the five ECS hooks', () => {
    const h = ['BeforeInstall', 'AfterInstall', 'AfterAllowTestTraffic', 'BeforeAllowTraffic', 'AfterAllowTraffic'].map((n) => `  - ${n}: "fn${n}"`).join('\n');
    assert.deepStrictEqual(ecsFindingsOf(ID, withHooks(h), { yaml: true }), []);
  });
  it('explains EC2 hooks and case mistakes', () => {
    const f = ecsFindingsOf(ID, withHooks('  - ApplicationStart: "fn"\n  - beforeInstall: "fn"\n  - Whatever: "fn"'), { yaml: true });
    assert.strictEqual(f.length, 3);
    assert.match(f[0].message, /EC2\/on-premises/);
    assert.strictEqual(f[1].data?.expected, 'BeforeInstall');
    assert.match(f[2].message, /not an ECS deployment lifecycle event/);
  });
  it('requires a function per hook and a list', () => {
    assert.strictEqual(ecsFindingsOf(ID, withHooks('  - AfterInstall:'), { yaml: true })[0].data?.missing, 'function');
    assert.match(ecsFindingsOf(ID, withHooks('  AfterInstall: fn'), { yaml: true })[0].message, /must be a list/);
  });
  it('ignores an empty lowercase hooks section', () => {
    assert.deepStrictEqual(ecsFindingsOf(ID, VALID_APPSPEC_YAML.replace(/Hooks:[\s\S]*$/, 'hooks:\n  # - BeforeInstall: x\n'), { yaml: true }), []);
  });
});
