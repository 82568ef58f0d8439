import * as assert from 'assert';
import { doc, findingsOf, service, validTask } from '../../helpers/docs';
import { awsKeyLikeValue, secretLikeName, secretLikeValue } from '../../../server/src/service/secrets';

const ID = 'fargate/plaintext-secret';
const VALUE = 'hunter2-Sup3rS3cret';

function withEnv(env: unknown[]): Record<string, any> {
  const t = validTask();
  t.containerDefinitions[0].environment = env;
  return t;
}

describe('rule fargate/plaintext-secret', () => {
  it('is silent on ordinary variables', () => {
    assert.deepStrictEqual(findingsOf(ID, validTask()), []);
  });

  it('reports secret-looking names without ever echoing the value', () => {
    const f = findingsOf(ID, withEnv([{ name: 'DB_PASSWORD', value: VALUE }, { name: 'stripeApiKey', value: VALUE }]));
    assert.strictEqual(f.length, 2);
    for (const x of f) {
      assert.ok(!x.message.includes(VALUE));
      assert.ok(!JSON.stringify(x.data).includes(VALUE));
      assert.strictEqual(x.data?.container, 'web');
    }
    assert.deepStrictEqual(f.map((x) => x.data?.name), ['DB_PASSWORD', 'stripeApiKey']);
  });

  it('mentions Security Hub ECS.8 for AWS keys', () => {
    const f = findingsOf(ID, withEnv([{ name: 'AWS_ACCESS_KEY_ID', value: 'AKIAABCDEFGHIJKLMNOP' }]));
    assert.strictEqual(f.length, 1);
    assert.match(f[0].message, /ECS\.8/);
    assert.ok(!f[0].message.includes('AKIAABCDEFGHIJKLMNOP'));
  });

  it('reports values shaped like AWS keys under any name', () => {
    const f = findingsOf(ID, withEnv([{ name: 'S3_ID', value: 'AKIAABCDEFGHIJKLMNOP' }]));
    assert.strictEqual(f.length, 1);
    assert.match(f[0].message, /shape of a credential \(an AWS access key/);
  });

  it('skips references, placeholders, empty and trivial values', () => {
    const env = [
      { name: 'DB_PASSWORD', value: '' },
      { name: 'API_TOKEN', value: '${API_TOKEN}' },
      { name: 'SECRET', value: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:x' },
      { name: 'REQUIRE_PASSWORD', value: 'true' },
      { name: 'JWT_SECRET' },
    ];
    assert.deepStrictEqual(findingsOf(ID, withEnv(env)), []);
  });

  it('knows names that only point at a secret', () => {
    for (const n of ['PASSWORD_FILE', 'TOKEN_URL', 'SECRET_NAME', 'DB_PASSWORD_ARN', 'SSH_KEY_PATH', 'AUTH_TOKEN_ENDPOINT', 'MAX_TOKENS', 'LOG_LEVEL', 'PWD']) {
      assert.strictEqual(secretLikeName(n), false, n);
    }
    for (const n of ['PASSWORD', 'dbPassword', 'GITHUB_TOKEN', 'PRIVATE_KEY', 'CLIENT_SECRET', 'AWS_SECRET_ACCESS_KEY', 'ECS_ENGINE_AUTH_DATA', 'DBPASSWORD', 'SMTP_PASS', 'credentials']) {
      assert.strictEqual(secretLikeName(n), true, n);
    }
  });

  it('reports other credential-shaped values under neutral names, never echoing them', () => {
    const values = [
      'postgres://app:s3cr3t-Pa55@db.internal:5432/orders',
      '-----BEGIN RSA PRIVATE KEY-----MIIEpAIBAAKCAQEA',
      'ghp_abcdefghijklmnopqrstuvwxyz0123456789',
      'sk_live_51HabcdefGHIJKLmnop',
    ];
    for (const value of values) {
      const f = findingsOf(ID, withEnv([{ name: 'UPSTREAM', value }]));
      assert.strictEqual(f.length, 1, value);
      assert.ok(!f[0].message.includes(value) && !JSON.stringify(f[0].data).includes(value));
    }
  });

  it('does not take URLs without a password, or with a placeholder password, for secrets', () => {
    for (const value of ['sk-learn-1.4.2', 'task_definition_1234567890', 'https://api.example.com/v1', 'postgres://app:${DB_PASSWORD}@db:5432/x', 'redis://cache:6379', 'https://user@example.com']) {
      assert.strictEqual(secretLikeValue(value), false, value);
    }
    // A connection string often holds only a host and port: the value decides, not the name.
    assert.strictEqual(secretLikeName('REDIS_CONNECTION_STRING'), false);
  });

  it('tells AWS secret keys from hex digests', () => {
    assert.ok(awsKeyLikeValue('wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'));
    assert.ok(!awsKeyLikeValue('da39a3ee5e6b4b0d3255bfef95601890afd80709'));
    assert.ok(!awsKeyLikeValue('short'));
  });

  it('reports a secret-named variable with a numeric value, and no diagnostic or fix echoes the number', () => {
    const t = withEnv([{ name: 'DB_PASSWORD', value: 987654321 }]);
    assert.strictEqual(findingsOf(ID, t).length, 1);
    const text = JSON.stringify(t, null, 2);
    const d = doc(text);
    const diags = service.validate(d);
    assert.ok(diags.some((x) => x.code === 'fargate/value-type'));
    for (const x of diags) assert.ok(!JSON.stringify(x).includes('987654321'), JSON.stringify(x));
    const actions = service.codeActions(d, diags[0].range, { diagnostics: diags });
    for (const a of actions) assert.ok(!a.title.includes('987654321'), a.title);
  });
});
