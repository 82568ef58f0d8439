import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { CONCEPTS, conceptById } from '../../server/src/knowledge/concepts';
import { FARGATE_SIZES } from '../../server/src/knowledge/fargateSizes';
import { escapeHtml, inlineMarkdown, matchesFilter, paragraphs } from '../../client/src/conceptFilter';
import { commandLink, conceptHtml, sizesHtml } from '../../client/src/pages';
import { REPO_ROOT } from '../helpers/paths';

const root = REPO_ROOT;
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const contributes = pkg.contributes;

describe('client UI (pure parts)', () => {
  describe('matchesFilter', () => {
    const secrets = conceptById('secrets-injection')!;
    it('matches every word, case-insensitively, in titles, texts, fields and values', () => {
      assert.ok(matchesFilter(secrets, ''));
      assert.ok(matchesFilter(secrets, 'SECRETS'));
      assert.ok(matchesFilter(secrets, 'containerDefinitions[].secrets'));
      assert.ok(!matchesFilter(secrets, 'secrets zebra-unicorn'));
    });
    it('finds blue/green by two words and awsvpc by value', () => {
      assert.ok(CONCEPTS.filter((c) => matchesFilter(c, 'blue green')).some((c) => c.id === 'blue-green-codedeploy'));
      assert.ok(CONCEPTS.filter((c) => matchesFilter(c, 'awsvpc')).some((c) => c.id === 'awsvpc-eni'));
    });
  });

  describe('HTML', () => {
    it('escapes text and renders the Markdown subset', () => {
      assert.strictEqual(escapeHtml(`<a href="x">&'`), '&lt;a href=&quot;x&quot;&gt;&amp;&#39;');
      assert.strictEqual(inlineMarkdown('use `<cpu>` and **bold** *it*'), 'use <code>&lt;cpu&gt;</code> and <strong>bold</strong> <em>it</em>');
      assert.strictEqual(inlineMarkdown('[AWS](https://aws.amazon.com/) [bad](javascript:alert(1))'), '<a href="https://aws.amazon.com/">AWS</a> [bad](javascript:alert(1))');
      assert.strictEqual(paragraphs('a\n\nb'), '<p>a</p>\n<p>b</p>');
    });

    it('a concept page has summary, explanation, analogy, fields, docs and related links', () => {
      for (const c of CONCEPTS) {
        const html = conceptHtml(c, ['awsvpc-eni', c.id]);
        assert.ok(html.includes(escapeHtml(c.title)), c.id);
        assert.ok(html.includes('Think of it like this'), c.id);
        for (const d of c.docs) assert.ok(html.includes(`href="${escapeHtml(d.url)}"`), `${c.id} links ${d.url}`);
        for (const f of c.fields) assert.ok(html.includes(`<code>${escapeHtml(f)}</code>`), `${c.id} lists ${f}`);
        assert.doesNotMatch(html, /<script/i);
        if (c.id !== 'awsvpc-eni') assert.ok(html.includes(commandLink('awsvpc-eni')), c.id);
        assert.ok(!html.includes(commandLink(c.id)), `${c.id} does not link to itself`);
      }
    });

    it('the size table has one row per Fargate CPU size with prices', () => {
      const html = sizesHtml();
      assert.strictEqual((html.match(/<tr>/g) ?? []).length, FARGATE_SIZES.length + 1);
      assert.ok(html.includes('<code>256</code>') && html.includes('<code>16384</code>'));
      assert.ok(html.includes('$0.0123'), 'the .25 vCPU / 512 MiB Linux price per hour'); // 0.25*0.04048 + 0.5*0.004445 = 0.01234
      assert.ok(html.includes('not offered'), 'Windows is not offered for .25 vCPU');
    });
  });

  describe('package.json contributions', () => {
    const commandsSrc = fs.readFileSync(path.join(root, 'client/src/commands.ts'), 'utf8');
    const registered = [...commandsSrc.matchAll(/register\('([^']+)'/g)].map((m) => m[1]);
    const contributed = (contributes.commands as { command: string; category?: string }[]).filter((c) => c.command.startsWith('fargate.'));

    it('every registered command is contributed in category Fargate, and vice versa', () => {
      const ids = contributed.map((c) => c.command);
      for (const id of registered) assert.ok(ids.includes(id), `${id} contributed`);
      for (const c of contributed) {
        assert.ok(registered.includes(c.command), `${c.command} registered in commands.ts`);
        assert.strictEqual(c.category, 'Fargate', c.command);
      }
      for (const id of ['fargate.newTaskDefinition', 'fargate.showCpuMemoryTable', 'fargate.explainConceptAtCursor', 'fargate.estimateCost', 'fargate.openSidebar', 'fargate.filterConcepts', 'fargate.clearConceptFilter']) {
        assert.ok(registered.includes(id), id);
      }
    });

    it('menus and welcome views only name contributed commands and views', () => {
      const ids = new Set(contributed.map((c) => c.command));
      for (const [menu, items] of Object.entries(contributes.menus as Record<string, { command: string }[]>)) {
        for (const i of items) assert.ok(ids.has(i.command), `${menu}: ${i.command}`);
      }
      const views = (contributes.views.fargate as { id: string }[]).map((v) => v.id);
      assert.deepStrictEqual(views, ['fargate.concepts', 'fargate.document']);
      for (const w of contributes.viewsWelcome as { view: string; contents: string }[]) {
        assert.ok(views.includes(w.view), w.view);
        for (const m of w.contents.matchAll(/\(command:([\w.]+)/g)) assert.ok(ids.has(m[1]) || m[1].startsWith('workbench.'), m[1]);
      }
    });

    it('the view container icon and walkthrough media exist', () => {
      const container = contributes.viewsContainers.activitybar.find((c: { id: string }) => c.id === 'fargate');
      assert.ok(container);
      const svg = fs.readFileSync(path.join(root, container.icon), 'utf8');
      assert.match(svg, /^<svg [^>]*viewBox="0 0 24 24"/);
      const wt = (contributes.walkthroughs as { id: string; steps: { id: string; description: string; media: { markdown: string } }[] }[])[0];
      assert.strictEqual(wt.id, 'fargate.gettingStarted');
      assert.ok(wt.steps.length >= 4);
      const ids = new Set(contributed.map((c) => c.command));
      for (const s of wt.steps) {
        assert.ok(fs.statSync(path.join(root, s.media.markdown)).size > 200, s.media.markdown);
        for (const m of s.description.matchAll(/\(command:([\w.]+)/g)) assert.ok(ids.has(m[1]) || m[1].startsWith('editor.') || m[1].startsWith('workbench.'), m[1]);
      }
      // The welcome link opens this walkthrough by its full id.
      const link = (contributes.viewsWelcome as { contents: string }[]).map((w) => w.contents).join('\n');
      assert.ok(link.includes(encodeURIComponent(JSON.stringify(`${pkg.publisher}.${pkg.name}#${wt.id}`))), link);
    });

    it('keeps the untrusted and virtual workspace declarations', () => {
      assert.strictEqual(pkg.capabilities.untrustedWorkspaces.supported, true);
      assert.strictEqual(pkg.capabilities.virtualWorkspaces.supported, 'limited');
    });
  });
});
