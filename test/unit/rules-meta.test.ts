import * as assert from 'assert';
import { renderSizeTable } from '../../server/src/knowledge/fargateSizes';
import * as fs from 'fs';
import * as path from 'path';
import { RULES } from '../../server/src/service/rules';
import { renderRuleReference } from '../../server/src/service/rules/reference';

const root = path.resolve(__dirname, '../../..');

describe('rule metadata', () => {
  it('ids are unique, kebab-case and prefixed fargate/', () => {
    const ids = RULES.map((r) => r.meta.id);
    assert.deepStrictEqual(ids.filter((id, i) => ids.indexOf(id) !== i), []);
    for (const id of ids) assert.match(id, /^fargate\/[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  for (const rule of RULES) {
    const { id, severity, title, description, source } = rule.meta;
    it(`${id} has a severity, title, explanation and an https source, and its own module and test`, () => {
      assert.ok(['error', 'warning', 'info', 'hint'].includes(severity));
      assert.ok(title.length >= 5 && title.length <= 80, title);
      assert.ok(description.length >= 60, `${id}: explanation too short`);
      assert.match(source, /^https:\/\//);
      const name = id.slice('fargate/'.length);
      assert.ok(fs.existsSync(path.join(root, 'server/src/service/rules', `${name}.ts`)), `module rules/${name}.ts`);
      if (id !== 'fargate/json-syntax') {
        assert.ok(fs.existsSync(path.join(root, 'test/unit/rules', `${name}.test.ts`)), `test/unit/rules/${name}.test.ts`);
      }
    });
  }

  it('README.md and CHANGELOG.md state the current rule count wherever they count rules', () => {
    for (const file of ['README.md', 'CHANGELOG.md']) {
      const text = fs.readFileSync(path.join(root, file), 'utf8');
      const counts = [...text.matchAll(/(\d+) rules/g)].map((m) => Number(m[1]));
      assert.ok(counts.length > 0, `${file} states no rule count`);
      assert.deepStrictEqual(counts, counts.map(() => RULES.length), `${file} should say "${RULES.length} rules"`);
    }
  });

  it('the README size table is generated from the size data (node scripts/rules-doc.mjs)', () => {
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
    const section = /<!-- sizes:start -->\n([\s\S]*?)\n<!-- sizes:end -->/.exec(readme);
    assert.ok(section, 'README.md has a sizes:start/sizes:end section');
    assert.strictEqual(section[1], renderSizeTable(), 'the README size table is out of date: run `npm run build && node scripts/rules-doc.mjs`');
    assert.match(section[1], /\| `32768` \| 32 vCPU \| 60 GB, 120 GB or 244 GB \| Linux only \| Linux 1\.4\.0 or later \|/);
  });

  it('docs/rules.md is generated from the current metadata (node scripts/rules-doc.mjs)', () => {
    const committed = fs.readFileSync(path.join(root, 'docs/rules.md'), 'utf8');
    assert.ok(committed === renderRuleReference(), 'docs/rules.md is out of date: run `npm run build && node scripts/rules-doc.mjs`');
  });
});
