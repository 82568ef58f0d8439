/**
 * Pure helpers of the concept sidebar (no `vscode` import, so unit tests can load them): filtering the concept
 * catalog and turning the catalog's small Markdown subset into safe HTML for the explanation panel.
 */
import type { Concept } from '../../server/src/knowledge/concepts';

/** Does the concept match every word of the filter (title, id, category, summary, explanation, fields, values)? */
export function matchesFilter(concept: Concept, filter: string): boolean {
  const words = filter.toLowerCase().split(/\s+/).filter((w) => w.length > 0);
  if (words.length === 0) return true;
  const haystack = [
    concept.id, concept.title, concept.category, concept.summary, concept.explanation, concept.analogy,
    ...concept.fields, ...(concept.values ?? []),
  ].join('\n').toLowerCase();
  return words.every((w) => haystack.includes(w));
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

/** `code`, **bold**, *italic* and [links](https://...) of the concept texts, HTML-escaped first. */
export function inlineMarkdown(text: string): string {
  const parts = text.split(/(`[^`]+`)/g);
  return parts
    .map((part) => {
      if (part.length > 2 && part.startsWith('`') && part.endsWith('`')) return `<code>${escapeHtml(part.slice(1, -1))}</code>`;
      return escapeHtml(part)
        .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
        .replace(/(^|[^*])\*([^*\s][^*]*)\*/g, '$1<em>$2</em>')
        .replace(/\[([^\]]+)\]\((https:\/\/[^)\s]+)\)/g, '<a href="$2">$1</a>');
    })
    .join('');
}

/** Markdown paragraphs (blank-line separated) to HTML paragraphs. */
export function paragraphs(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .map((p) => `<p>${inlineMarkdown(p)}</p>`)
    .join('\n');
}
