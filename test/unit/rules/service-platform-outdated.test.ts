import * as assert from 'assert';
import { ecsFindingsOf, relatedWith, validService, validTask } from '../../helpers/ecs';

const ID = 'fargate/service-platform-outdated';

describe(ID, () => {
  it('warns on versions older than 1.4.0 (ECS.10)', () => {
    const s = validService();
    s.platformVersion = '1.3.0';
    const f = ecsFindingsOf(ID, s);
    assert.strictEqual(f.length, 1);
    assert.match(f[0].message, /ECS\.10/);
  });
  it('is silent on LATEST and 1.4.0', () => {
    const s = validService();
    assert.deepStrictEqual(ecsFindingsOf(ID, s), []);
    s.platformVersion = '1.4.0';
    assert.deepStrictEqual(ecsFindingsOf(ID, s), []);
  });
  it('knows Windows tasks run on 1.0.0 only', () => {
    const t = validTask();
    t.runtimePlatform = { operatingSystemFamily: 'WINDOWS_SERVER_2022_CORE', cpuArchitecture: 'X86_64' };
    const s = validService();
    s.platformVersion = '1.0.0';
    assert.deepStrictEqual(ecsFindingsOf(ID, s, { related: relatedWith(t) }), []);
    s.platformVersion = '1.4.0';
    assert.match(ecsFindingsOf(ID, s, { related: relatedWith(t) })[0].message, /Windows/);
  });
});
