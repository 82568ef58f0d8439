/**
 * HTML bodies of the webviews (pure, no `vscode` import, so unit tests can check them). Every catalog text is
 * escaped; links are https AWS docs or `command:fargate.showConcept` for related concepts.
 */
import type { Concept } from '../../server/src/knowledge/concepts';
import { concepts } from './catalog';
import { FARGATE_SIZES, FARGATE_SIZES_CHECKED, hasFixedStep, memoryChoicesText } from '../../server/src/knowledge/fargateSizes';
import {
  EPHEMERAL_INCLUDED_GB,
  HOURS_PER_MONTH,
  PRICES,
  PRICES_AS_OF,
  PRICES_REGION,
  PRICES_SOURCE_URL,
  estimateCost,
  formatUsd,
  type PricePlatform,
} from '../../server/src/knowledge/prices';
import { escapeHtml, inlineMarkdown, paragraphs } from './conceptFilter';

export function commandLink(conceptId: string): string {
  return `command:fargate.showConcept?${encodeURIComponent(JSON.stringify([conceptId]))}`;
}

/** The HTML body of a concept page. */
export function conceptHtml(concept: Concept, related: readonly string[] = []): string {
  const fields = concept.fields.map((f) => `<li><code>${escapeHtml(f)}</code></li>`).join('');
  const values = (concept.values ?? []).map((v) => `<code>${escapeHtml(v)}</code>`).join(', ');
  const docs = concept.docs.map((d) => `<li><a href="${escapeHtml(d.url)}">${escapeHtml(d.title)}</a></li>`).join('');
  const others = related
    .map((id) => concepts().conceptById(id))
    .filter((c): c is Concept => !!c && c.id !== concept.id)
    .map((c) => `<li><a href="${commandLink(c.id)}">${escapeHtml(c.title)}</a> <span class="note">${escapeHtml(c.category)}</span></li>`)
    .join('');
  return `<div class="category">${escapeHtml(concept.category)}</div>
<h1>${escapeHtml(concept.title)}</h1>
<p class="summary">${inlineMarkdown(concept.summary)}</p>
<h2>Explanation</h2>
${paragraphs(concept.explanation)}
<h2>Think of it like this</h2>
<blockquote>${paragraphs(concept.analogy)}</blockquote>
${fields ? `<h2>Fields it covers</h2><ul class="fields">${fields}</ul>` : '<h2>Fields it covers</h2><p class="note">No single field: this is background for the whole file.</p>'}
${values ? `<p>Values: ${values}</p>` : ''}
<h2>AWS documentation</h2>
<ul>${docs}</ul>
${others ? `<h2>Also relevant here</h2><ul>${others}</ul>` : ''}`;
}

const PLATFORMS: readonly PricePlatform[] = ['linux-x86', 'linux-arm', 'windows'];

/** The HTML body of the CPU/memory size table with prices. */
export function sizesHtml(): string {
  const head = `<tr><th>cpu</th><th>vCPU</th><th>memory values (MiB)</th>${PLATFORMS.map((p) => `<th>${escapeHtml(PRICES[p].label)}<br>per hour, smallest → largest memory</th>`).join('')}<th>Notes</th></tr>`;
  const rows = FARGATE_SIZES.map((s) => {
    const min = s.memory[0];
    const max = s.memory[s.memory.length - 1];
    const step = s.memory.length > 1 ? s.memory[1] - s.memory[0] : 0;
    const memText = s.memory.length <= 4 || !hasFixedStep(s.memory) ? s.memory.join(', ') : `${min} – ${max} in steps of ${step}`;
    const prices = PLATFORMS.map((p) => {
      if (p === 'windows' && !s.windows) return '<td class="note">not offered</td>';
      const lo = estimateCost(s.cpu, min, p);
      const hi = estimateCost(s.cpu, max, p);
      return `<td class="num">${formatUsd(lo.perHour)} – ${formatUsd(hi.perHour)}<br><span class="note">${formatUsd(lo.perMonth)} – ${formatUsd(hi.perMonth)} / month</span></td>`;
    }).join('');
    const notes = [s.minPlatform ? `Linux platform ${s.minPlatform} or later` : '', memoryChoicesText(s.memory), s.windows ? '' : 'Linux only'].filter(Boolean).join('; ');
    return `<tr><td class="num"><code>${s.cpu}</code></td><td>${escapeHtml(s.label)}</td><td>${memText}</td>${prices}<td class="note">${escapeHtml(notes)}</td></tr>`;
  }).join('\n');
  return `<h1>Fargate task sizes</h1>
<p>Task-level <code>cpu</code> (CPU units, 1024 = 1 vCPU) decides which <code>memory</code> values (MiB) Fargate accepts. Any other
pair is rejected when the task definition is registered. Sizes as checked against the AWS documentation on ${escapeHtml(FARGATE_SIZES_CHECKED)}.</p>
<table>${head}
${rows}</table>
<p class="note">On-demand prices for one task running all month (${HOURS_PER_MONTH} hours) in ${escapeHtml(PRICES_REGION)}, as of ${escapeHtml(PRICES_AS_OF)};
the first ${EPHEMERAL_INCLUDED_GB} GB of ephemeral storage are included. Prices change and vary by region: check
<a href="${escapeHtml(PRICES_SOURCE_URL)}">AWS Fargate pricing</a>. Fargate Spot and Savings Plans cost less.</p>`;
}

