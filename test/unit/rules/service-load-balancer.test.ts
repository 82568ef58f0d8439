import * as assert from 'assert';
import { ecsFindingsOf, validService } from '../../helpers/ecs';

const ID = 'fargate/service-load-balancer';

describe(ID, () => {
  it('accepts an ALB target group entry', () => {
    assert.deepStrictEqual(ecsFindingsOf(ID, validService()), []);
  });
  it('requires a load balancer for CODE_DEPLOY', () => {
    const s = validService();
    s.deploymentController = { type: 'CODE_DEPLOY' };
    delete s.deploymentConfiguration;
    delete s.loadBalancers;
    const f = ecsFindingsOf(ID, s);
    assert.strictEqual(f.length, 1);
    assert.match(f[0].message, /CODE_DEPLOY/);
  });
  it('rejects Classic Load Balancers on Fargate', () => {
    const s = validService();
    s.loadBalancers = [{ loadBalancerName: 'legacy', containerName: 'web', containerPort: 8080 }];
    const f = ecsFindingsOf(ID, s);
    assert.strictEqual(f.length, 1);
    assert.match(f[0].message, /Classic/);
  });
  it('needs containerName and a valid containerPort', () => {
    const s = validService();
    s.loadBalancers = [{ targetGroupArn: 'arn:x', containerPort: 70000 }];
    const f = ecsFindingsOf(ID, s);
    assert.strictEqual(f.length, 2);
    s.loadBalancers = [{ targetGroupArn: 'arn:x', containerName: 'web', containerPort: '80' }];
    assert.strictEqual(ecsFindingsOf(ID, s)[0].data?.expected, 80);
    s.loadBalancers = [{ targetGroupArn: 'arn:x', containerName: 'web', containerPort: '${PORT}' }];
    assert.deepStrictEqual(ecsFindingsOf(ID, s), []);
  });
});
