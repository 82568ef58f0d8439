import * as assert from 'assert';
import { findingsOf, validTask } from '../../helpers/docs';
import { isPrivateEcrImage } from '../../../server/src/service/images';

const ID = 'fargate/execution-role-required';

function withoutRole(): Record<string, any> {
  const t = validTask();
  delete t.executionRoleArn;
  return t;
}

describe('rule fargate/execution-role-required', () => {
  it('is silent when executionRoleArn is set', () => {
    assert.deepStrictEqual(findingsOf(ID, validTask()), []);
  });

  it('reports once, listing every reason', () => {
    const f = findingsOf(ID, withoutRole());
    assert.strictEqual(f.length, 1);
    assert.strictEqual(f[0].severity, 'error');
    assert.match(f[0].message, /awslogs/);
    assert.match(f[0].message, /private Amazon ECR/);
    assert.match(f[0].message, /secrets/);
    assert.strictEqual(f[0].data?.placeholder, 'arn:aws:iam::<ACCOUNT_ID>:role/ecsTaskExecutionRole');
  });

  it('reports an empty executionRoleArn on its key', () => {
    const t = validTask();
    t.executionRoleArn = '';
    const text = JSON.stringify(t, null, 2);
    const f = findingsOf(ID, text);
    assert.strictEqual(f.length, 1);
    assert.strictEqual(text.slice(f[0].offset, f[0].offset + f[0].length), '"executionRoleArn"');
  });

  it('is silent when nothing needs the role', () => {
    const t = withoutRole();
    const c = t.containerDefinitions[0];
    c.image = 'public.ecr.aws/nginx/nginx:1.27';
    delete c.secrets;
    c.logConfiguration = { logDriver: 'splunk', options: { 'splunk-url': 'https://splunk.example.com' } };
    assert.deepStrictEqual(findingsOf(ID, t), []);
  });

  it('covers secretOptions, repositoryCredentials and environmentFiles', () => {
    const t = withoutRole();
    const c = t.containerDefinitions[0];
    c.image = 'ghcr.io/acme/web:1.0';
    delete c.secrets;
    c.logConfiguration = { logDriver: 'splunk', options: {}, secretOptions: [{ name: 'splunk-token', valueFrom: 'splunk-token' }] };
    c.repositoryCredentials = { credentialsParameter: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:ghcr-AbCdEf' };
    c.environmentFiles = [{ value: 'arn:aws:s3:::bucket/app.env', type: 's3' }];
    const f = findingsOf(ID, t);
    assert.strictEqual(f.length, 1);
    assert.match(f[0].message, /secretOptions/);
    assert.match(f[0].message, /repositoryCredentials/);
    assert.match(f[0].message, /environmentFiles/);
  });

  it('does not run for EC2 task definitions', () => {
    const t = withoutRole();
    t.requiresCompatibilities = ['EC2'];
    assert.deepStrictEqual(findingsOf(ID, t), []);
  });

  it('recognises private ECR registries, FIPS and China included', () => {
    assert.ok(isPrivateEcrImage('123456789012.dkr.ecr.eu-west-1.amazonaws.com/app:1'));
    assert.ok(isPrivateEcrImage('123456789012.dkr.ecr-fips.us-east-1.amazonaws.com/app:1'));
    assert.ok(isPrivateEcrImage('123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn/app:1'));
    assert.ok(isPrivateEcrImage('${ACCOUNT}.dkr.ecr.us-east-1.amazonaws.com/app:1'));
    assert.ok(!isPrivateEcrImage('public.ecr.aws/nginx/nginx:1'));
    assert.ok(!isPrivateEcrImage('nginx:1.27'));
  });
});
