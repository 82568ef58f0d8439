import * as assert from 'assert';
import { ecsFindingsOf, VALID_APPSPEC_YAML } from '../../helpers/ecs';

const ID = 'fargate/appspec-task-definition';
const withTd = (v: string) => VALID_APPSPEC_YAML.replace('<TASK_DEFINITION>', v);

describe(ID, () => {
  it('accepts the placeholder and a full ARN', () => {
    assert.deepStrictEqual(ecsFindingsOf(ID, VALID_APPSPEC_YAML, { yaml: true }), []);
    assert.deepStrictEqual(ecsFindingsOf(ID, withTd('arn:aws:ecs:us-east-1:123456789012:task-definition/web:3'), { yaml: true }), []);
  });
  it('explains that file names are not resolved', () => {
    const f = ecsFindingsOf(ID, withTd('"taskdef.json"'), { yaml: true });
    assert.strictEqual(f.length, 1);
    assert.match(f[0].message, /file name/);
    assert.match(f[0].message, /<TASK_DEFINITION>/);
    assert.strictEqual(f[0].data?.expected, '<TASK_DEFINITION>');
  });
  it('flags malformed ARNs and missing revisions', () => {
    assert.match(ecsFindingsOf(ID, withTd('arn:aws:ecs:eu-west-2:11111111111:task-definition/ghost:1'), { yaml: true })[0].message, /not 12 digits/);
    assert.match(ecsFindingsOf(ID, withTd('arn:aws:ecs:us-east-1:123456789012:task-definition/web'), { yaml: true })[0].message, /no revision/);
  });
  it('flags misspelt placeholders and bare tokens but not other templates', () => {
    assert.match(ecsFindingsOf(ID, withTd('<TASK_DEFINITON>'), { yaml: true })[0].message, /misspelt/);
    assert.strictEqual(ecsFindingsOf(ID, withTd('TASK_DEF'), { yaml: true }).length, 1);
    assert.deepStrictEqual(ecsFindingsOf(ID, withTd('<IMAGE1_NAME>'), { yaml: true }), []);
    assert.deepStrictEqual(ecsFindingsOf(ID, withTd('"${TASK_DEF_ARN}"'), { yaml: true }), []);
  });
});
