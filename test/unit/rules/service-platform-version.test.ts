import * as assert from 'assert';
import { ecsFindingsOf, validService } from '../../helpers/ecs';

const ID = 'fargate/service-platform-version';

describe(ID, () => {
  for (const v of ['LATEST', '1.4.0', '1.0.0', '${PLATFORM}']) {
    it(`accepts ${v}`, () => {
      const s = validService();
      s.platformVersion = v;
      assert.deepStrictEqual(ecsFindingsOf(ID, s), []);
    });
  }
  it('treats a blank platformVersion as not set (create-service CLI skeletons), as the EC2 check does', () => {
    for (const v of ['', ' ']) {
      const s = validService();
      s.platformVersion = v;
      assert.deepStrictEqual(ecsFindingsOf(ID, s), [], JSON.stringify(v));
    }
  });
  it('rejects 1.4 with a suggestion and the AWS wording', () => {
    const s = validService();
    s.platformVersion = '1.4';
    const f = ecsFindingsOf(ID, s);
    assert.strictEqual(f.length, 1);
    assert.match(f[0].message, /platform does not exist/);
    assert.strictEqual(f[0].data?.expected, '1.4.0');
  });
  it('rejects unknown versions and wrong types', () => {
    const s = validService();
    s.platformVersion = '2.0.0';
    assert.strictEqual(ecsFindingsOf(ID, s).length, 1);
    s.platformVersion = 'latest';
    assert.strictEqual(ecsFindingsOf(ID, s)[0].data?.expected, 'LATEST');
    s.platformVersion = 1.4;
    assert.match(ecsFindingsOf(ID, s)[0].message, /must be a string/);
  });
});
