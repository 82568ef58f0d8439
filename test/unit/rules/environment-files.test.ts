import * as assert from 'assert';
import { findingsOf, validTask } from '../../helpers/docs';
import { covered, lineOf, lineWith } from '../../helpers/lines';

const ID = 'fargate/environment-files';
const ARN = 'arn:aws:s3:::my-config-bucket/web/app.env';

function withFiles(files: unknown): Record<string, any> {
  const t = validTask();
  t.containerDefinitions[0].environmentFiles = files;
  return t;
}

describe('fargate/environment-files', () => {
  it('accepts up to ten S3 object ARNs of type s3, in every partition', () => {
    assert.deepStrictEqual(findingsOf(ID, validTask()), []);
    const ten = Array.from({ length: 10 }, (_, i) => ({ value: `arn:aws:s3:::bucket/f${i}.env`, type: 's3' }));
    assert.deepStrictEqual(findingsOf(ID, withFiles(ten)), []);
    assert.deepStrictEqual(findingsOf(ID, withFiles([{ value: 'arn:aws-us-gov:s3:::b/k.env', type: 's3' }, { value: 'arn:aws-cn:s3:::b/dir/k.env', type: 's3' }])), []);
  });

  it('accepts object keys with characters S3 allows, such as spaces, but not spaces around the ARN', () => {
    // S3 object keys may hold any UTF-8 character; ECS's ARN check is not documented to be stricter, so stay silent.
    assert.deepStrictEqual(findingsOf(ID, withFiles([{ value: 'arn:aws:s3:::my-bucket/config/my app.env', type: 's3' }])), []);
    assert.deepStrictEqual(findingsOf(ID, withFiles([{ value: 'arn:aws:s3:::my-bucket/team (eu)/app+1.env', type: 's3' }])), []);
    const f = findingsOf(ID, withFiles([{ value: ' arn:aws:s3:::my-bucket/app.env ', type: 's3' }]));
    assert.strictEqual(f.length, 1);
    assert.match(f[0].message, /surrounding spaces/);
    assert.strictEqual(f[0].data?.expected, 'arn:aws:s3:::my-bucket/app.env');
  });

  it('reports the eleventh file', () => {
    const eleven = Array.from({ length: 11 }, (_, i) => ({ value: `arn:aws:s3:::bucket/f${i}.env`, type: 's3' }));
    const text = JSON.stringify(withFiles(eleven), null, 2);
    const f = findingsOf(ID, text);
    assert.strictEqual(f.length, 1);
    assert.strictEqual(f[0].severity, 'error');
    assert.match(f[0].message, /lists 11 environmentFiles; ECS accepts at most 10/);
    assert.strictEqual(lineOf(text, f[0].offset), lineWith(text, 'bucket/f10.env') - 1);
    assert.deepStrictEqual(f[0].data, { ruleId: ID, max: 10, count: 11 });
  });

  it('reports a value that is not an S3 object ARN, on the value, and turns an s3:// URL into the ARN', () => {
    const text = JSON.stringify(withFiles([{ value: 's3://my-config-bucket/web/app.env', type: 's3' }]), null, 2);
    const f = findingsOf(ID, text);
    assert.strictEqual(f.length, 1);
    assert.strictEqual(covered(text, f[0]), '"s3://my-config-bucket/web/app.env"');
    assert.match(f[0].message, /s3:\/\/ URL, but ECS wants the object ARN/);
    assert.strictEqual(f[0].data?.expected, ARN);
    for (const value of ['arn:aws:s3:::my-config-bucket', 'arn:aws:s3:::my-config-bucket/', 'arn:aws:ssm:us-east-1:123456789012:parameter/app', 'app.env']) {
      const g = findingsOf(ID, withFiles([{ value, type: 's3' }]));
      assert.strictEqual(g.length, 1, value);
      assert.match(g[0].message, /Invalid arn syntax/);
    }
    assert.match(findingsOf(ID, withFiles([{ value: 'arn:aws:s3:::b', type: 's3' }]))[0].message, /ARN of a bucket/);
  });

  it('reports an entry without value or type', () => {
    const text = JSON.stringify(withFiles([{ value: ARN }, { type: 's3' }]), null, 2);
    const f = findingsOf(ID, text);
    assert.strictEqual(f.length, 2);
    assert.match(f[0].message, /has no type/);
    assert.deepStrictEqual(f[0].data, { ruleId: ID, missing: 'type', expected: 's3' });
    assert.match(f[1].message, /has no value/);
    assert.strictEqual(covered(text, f[0]), '"value"');
  });

  it('leaves a type other than s3 to fargate/value-type, which reports it', () => {
    const t = withFiles([{ value: ARN, type: 'S3' }]);
    assert.deepStrictEqual(findingsOf(ID, t), []);
    const v = findingsOf('fargate/value-type', t);
    assert.strictEqual(v.length, 1);
    assert.strictEqual(v[0].data?.suggestion, 's3');
  });

  it('stays silent on placeholders and wrong types', () => {
    assert.deepStrictEqual(findingsOf(ID, withFiles([{ value: 'arn:aws:s3:::${CONFIG_BUCKET}/app.env', type: 's3' }])), []);
    assert.deepStrictEqual(findingsOf(ID, withFiles([{ value: '<ENV_FILE_ARN>', type: 's3' }])), []);
    assert.deepStrictEqual(findingsOf(ID, withFiles('${ENV_FILES}')), []);
    assert.deepStrictEqual(findingsOf(ID, withFiles([42, { value: 7, type: 's3' }])), []);
  });
});
