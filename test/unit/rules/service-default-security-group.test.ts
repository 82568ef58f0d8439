import * as assert from 'assert';
import { ecsFindingsOf, validService } from '../../helpers/ecs';

const ID = 'fargate/service-default-security-group';

describe(ID, () => {
  it('is silent when security groups are listed', () => {
    assert.deepStrictEqual(ecsFindingsOf(ID, validService()), []);
  });
  it('warns when securityGroups is missing or empty', () => {
    const s = validService();
    s.networkConfiguration.awsvpcConfiguration.securityGroups = [];
    const f = ecsFindingsOf(ID, s);
    assert.strictEqual(f.length, 1);
    assert.strictEqual(f[0].severity, 'warning');
    delete s.networkConfiguration.awsvpcConfiguration.securityGroups;
    assert.match(ecsFindingsOf(ID, s)[0].message, /default security group/);
  });
});
