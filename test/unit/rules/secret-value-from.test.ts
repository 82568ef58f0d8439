import * as assert from 'assert';
import { findingsOf, validTask } from '../../helpers/docs';
import { valueFromProblem } from '../../../server/src/service/rules/secret-value-from';

const ID = 'fargate/secret-value-from';
const SM = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf';

function withSecrets(secrets: unknown[]): Record<string, any> {
  const t = validTask();
  t.containerDefinitions[0].secrets = secrets;
  return t;
}

describe('rule fargate/secret-value-from', () => {
  it('is silent on valid references', () => {
    assert.deepStrictEqual(findingsOf(ID, validTask()), []);
    const ok = [
      SM,
      `${SM}:password::`,
      `${SM}::AWSPREVIOUS:`,
      `${SM}:::9d4cb84b-ad69-40c0-a0ab-cead36b967e8`,
      'arn:aws:ssm:us-east-1:123456789012:parameter/prod/db/password',
      'arn:aws-cn:ssm:cn-north-1:123456789012:parameter/db',
      '/prod/db/password',
      'db-password',
      'arn:aws:secretsmanager:${AWS_REGION}:${ACCOUNT}:secret:x',
      'arn:aws:ssm:REGION:ACCOUNT_ID:parameter/x',
    ];
    assert.deepStrictEqual(findingsOf(ID, withSecrets(ok.map((v, i) => ({ name: `S${i}`, valueFrom: v })))), []);
  });

  it('requires all three optional positions once one is used', () => {
    const f = findingsOf(ID, withSecrets([{ name: 'A', valueFrom: `${SM}:password` }, { name: 'B', valueFrom: `${SM}:password:` }]));
    assert.strictEqual(f.length, 2);
    assert.match(f[0].message, /all\s+three/);
    assert.strictEqual(f[0].data?.name, 'A');
  });

  it('rejects a version stage together with a version id', () => {
    assert.match(valueFromProblem(`${SM}:key:AWSCURRENT:9d4cb84b`) ?? '', /both a version stage and a version id/);
  });

  it('rejects other services, incomplete ARNs and invalid names', () => {
    for (const bad of ['arn:aws:kms:us-east-1:123456789012:key/abc', 'arn:aws:secretsmanager:us-east-1:123456789012:prod', 'arn:aws:ssm:us-east-1:123456789012:db', 'arn:aws:ssm::123456789012:parameter/x', 'my secret', `${SM}:a:b:c:d`]) {
      assert.ok(valueFromProblem(bad), bad);
    }
  });

  it('flags missing name and valueFrom, and duplicate names', () => {
    const f = findingsOf(ID, withSecrets([{ valueFrom: SM }, { name: 'X' }, { name: 'D', valueFrom: SM }, { name: 'D', valueFrom: SM }]));
    assert.strictEqual(f.length, 3);
    assert.ok(f.some((x) => /no 'name'/.test(x.message)));
    assert.ok(f.some((x) => /no 'valueFrom'/.test(x.message)));
    assert.ok(f.some((x) => /defined twice/.test(x.message)));
  });

  it('checks logConfiguration.secretOptions too', () => {
    const t = validTask();
    t.containerDefinitions[0].logConfiguration.secretOptions = [{ name: 'token', valueFrom: 'arn:aws:s3:::bucket/key' }];
    const f = findingsOf(ID, t);
    assert.strictEqual(f.length, 1);
    assert.match(f[0].message, /'s3' service/);
  });

  it('ignores non-string valueFrom and junk entries', () => {
    assert.deepStrictEqual(findingsOf(ID, withSecrets([{ name: 'A', valueFrom: 5 }, 'x', null])), []);
  });
});
