import * as assert from 'assert';
import { findingsOf, validTask } from '../../helpers/docs';
import { covered, lineOf, lineWith } from '../../helpers/lines';

const ID = 'fargate/family-name';

function withFamily(family: unknown): Record<string, any> {
  const t = validTask();
  t.family = family;
  return t;
}

describe('fargate/family-name', () => {
  it('accepts letters, digits, hyphens and underscores up to 255', () => {
    for (const f of ['web', 'My_App-2', 'a'.repeat(255)]) assert.deepStrictEqual(findingsOf(ID, withFamily(f)), [], f);
  });

  it('reports other characters on the value, with a cleaned-up name', () => {
    const text = JSON.stringify(withFamily('my.app service'), null, 2);
    const f = findingsOf(ID, text);
    assert.strictEqual(f.length, 1);
    assert.strictEqual(f[0].severity, 'error');
    assert.strictEqual(covered(text, f[0]), '"my.app service"');
    assert.strictEqual(lineOf(text, f[0].offset), lineWith(text, '"family"'));
    assert.match(f[0].message, /characters ECS does not accept \("\.", space\)/);
    assert.strictEqual(f[0].data?.expected, 'my-app-service');
  });

  it('explains a :revision suffix', () => {
    const f = findingsOf(ID, withFamily('web:12'));
    assert.strictEqual(f.length, 1);
    assert.match(f[0].message, /The revision \(":N"\) is not part of the family/);
    assert.strictEqual(f[0].data?.expected, 'web');
  });

  it('reports more than 255 characters', () => {
    const f = findingsOf(ID, withFamily('a'.repeat(256)));
    assert.strictEqual(f.length, 1);
    assert.match(f[0].message, /256 characters long; ECS accepts at most 255/);
  });

  it('is silent on placeholders, an empty family and wrong types', () => {
    for (const f of ['${FAMILY}', '<FAMILY>', 'web-${ENV}', '{{ .Env.FAMILY }}', '', 42]) assert.deepStrictEqual(findingsOf(ID, withFamily(f)), [], String(f));
  });
});
