import * as assert from 'assert';
import { ecsFindingsOf, validService } from '../../helpers/ecs';

const ID = 'fargate/service-name';
const at = (text: string, f: { offset: number; length: number }) => text.slice(f.offset, f.offset + f.length);

describe(ID, () => {
  it('reports characters other than letters, digits, - and _ on the value, with a suggestion', () => {
    const text = JSON.stringify({ ...validService(), serviceName: 'web.api v2' }, null, 2);
    const f = ecsFindingsOf(ID, text);
    assert.strictEqual(f.length, 1);
    assert.strictEqual(at(text, f[0]), '"web.api v2"');
    assert.match(f[0].message, /contains '\.', a space/);
    assert.strictEqual(f[0].data?.suggestion, 'web-api-v2');
  });

  it('reports an empty name and one longer than 255 characters', () => {
    assert.match(ecsFindingsOf(ID, { ...validService(), serviceName: '' })[0].message, /is empty/);
    const f = ecsFindingsOf(ID, { ...validService(), serviceName: 'a'.repeat(256) });
    assert.strictEqual(f.length, 1);
    assert.match(f[0].message, /256 characters long; AWS accepts at most 255/);
  });

  it('accepts valid names, 255 characters, placeholders and non-string values (value-type reports those)', () => {
    for (const serviceName of ['web', 'Web_API-2', 'a'.repeat(255), '${ENV}-web', '{{ must_env `SERVICE` }}', 'SERVICE_NAME', '<SERVICE_NAME>', 42]) {
      assert.deepStrictEqual(ecsFindingsOf(ID, { ...validService(), serviceName }), [], String(serviceName));
    }
  });
});
