import * as assert from 'assert';
import { findingsOf, validTask } from '../../helpers/docs';
import { imageTag } from '../../../server/src/service/rules/image-tag';

const ID = 'fargate/image-tag';

function withImage(image: unknown): Record<string, any> {
  const t = validTask();
  t.containerDefinitions[0].image = image;
  return t;
}

describe('rule fargate/image-tag', () => {
  it('is silent for version tags and digests', () => {
    assert.deepStrictEqual(findingsOf(ID, validTask()), []);
    assert.deepStrictEqual(findingsOf(ID, withImage('nginx@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef')), []);
    assert.deepStrictEqual(findingsOf(ID, withImage('registry.local:5000/team/app:2.1')), []);
  });

  it('warns on :latest and on no tag', () => {
    for (const image of ['nginx', 'nginx:latest', 'registry.local:5000/app', 'public.ecr.aws/nginx/nginx:latest']) {
      const f = findingsOf(ID, withImage(image));
      assert.strictEqual(f.length, 1, image);
      assert.strictEqual(f[0].severity, 'warning');
    }
  });

  it('reads registry ports correctly', () => {
    assert.strictEqual(imageTag('host:5000/img'), undefined);
    assert.strictEqual(imageTag('host:5000/img:1.0'), '1.0');
    assert.strictEqual(imageTag('img@sha256:abc'), 'digest');
  });

  it('stays silent on placeholders and stand-in names', () => {
    for (const image of ['<IMAGE1_NAME>', '${IMAGE}', '{{ must_env `IMAGE` }}', 'IMAGE_PLACEHOLDER', 'REPLACED_BY_CI', 'filled-in-by-gh-action', '', 42]) {
      assert.deepStrictEqual(findingsOf(ID, withImage(image)), [], String(image));
    }
  });
});
