/**
 * The "Concepts" view: every concept of the episode, grouped by category, from the one concept catalog
 * (server/src/knowledge/concepts.ts, bundled into the client). Selecting a concept opens its explanation.
 */
import * as vscode from 'vscode';
import type { Concept, ConceptCategory } from '../../server/src/knowledge/concepts';
import { concepts } from './catalog';
import { matchesFilter } from './conceptFilter';

export const CONCEPTS_VIEW_ID = 'fargate.concepts';
export const FILTER_CONTEXT_KEY = 'fargate.conceptFilterActive';

export type ConceptNode =
  | { kind: 'category'; category: ConceptCategory; concepts: Concept[] }
  | { kind: 'concept'; concept: Concept };

const CATEGORY_ICONS: Record<ConceptCategory, string> = {
  Foundations: 'rocket',
  Networking: 'globe',
  'Security & IAM': 'shield',
  Storage: 'database',
  Reliability: 'heart',
  Observability: 'eye',
  'Cost & Sizing': 'dashboard',
  Deployment: 'git-compare',
  Scaling: 'arrow-both',
  Architecture: 'layers',
};

export class ConceptsTreeProvider implements vscode.TreeDataProvider<ConceptNode> {
  private readonly changed = new vscode.EventEmitter<ConceptNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private filterText = '';
  private readonly categoryNodes = new Map<ConceptCategory, ConceptNode>();
  private readonly conceptNodes = new Map<string, ConceptNode>();

  get filter(): string {
    return this.filterText;
  }

  setFilter(text: string): void {
    this.filterText = text.trim();
    this.categoryNodes.clear();
    void vscode.commands.executeCommand('setContext', FILTER_CONTEXT_KEY, this.filterText.length > 0);
    this.changed.fire(undefined);
  }

  /** Concepts that pass the filter, in catalog order. */
  visibleConcepts(): Concept[] {
    return concepts().CONCEPTS.filter((c) => matchesFilter(c, this.filterText));
  }

  getChildren(element?: ConceptNode): ConceptNode[] {
    if (!element) {
      const visible = this.visibleConcepts();
      const nodes: ConceptNode[] = [];
      for (const category of concepts().CONCEPT_CATEGORIES) {
        const concepts = visible.filter((c) => c.category === category);
        if (concepts.length === 0) continue;
        const node: ConceptNode = { kind: 'category', category, concepts };
        this.categoryNodes.set(category, node);
        nodes.push(node);
      }
      return nodes;
    }
    if (element.kind === 'category') return element.concepts.map((c) => this.conceptNode(c));
    return [];
  }

  private conceptNode(concept: Concept): ConceptNode {
    let n = this.conceptNodes.get(concept.id);
    if (!n) {
      n = { kind: 'concept', concept };
      this.conceptNodes.set(concept.id, n);
    }
    return n;
  }

  getParent(element: ConceptNode): ConceptNode | undefined {
    if (element.kind === 'category') return undefined;
    return this.categoryNodes.get(element.concept.category);
  }

  getTreeItem(element: ConceptNode): vscode.TreeItem {
    if (element.kind === 'category') {
      const filtering = this.filterText.length > 0;
      const item = new vscode.TreeItem(element.category, filtering ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
      // A different id while filtering, so matches show expanded without losing the user's unfiltered layout.
      item.id = filtering ? `category:${element.category}:filtered:${this.filterText}` : `category:${element.category}`;
      item.iconPath = new vscode.ThemeIcon(CATEGORY_ICONS[element.category]);
      item.description = `${element.concepts.length}`;
      item.contextValue = 'fargate.conceptCategory';
      return item;
    }
    const c = element.concept;
    const item = new vscode.TreeItem(c.title, vscode.TreeItemCollapsibleState.None);
    item.id = `concept:${c.id}`;
    item.iconPath = new vscode.ThemeIcon('lightbulb');
    item.tooltip = new vscode.MarkdownString(`**${c.title}**\n\n${c.summary}`);
    item.contextValue = 'fargate.concept';
    item.command = { command: 'fargate.showConcept', title: 'Show Concept', arguments: [c.id] };
    item.accessibilityInformation = { label: `${c.title}. ${c.summary}` };
    return item;
  }

  /** The node of a concept (for TreeView.reveal). */
  nodeFor(conceptId: string): ConceptNode | undefined {
    const c = concepts().CONCEPTS.find((x) => x.id === conceptId);
    if (!c || !matchesFilter(c, this.filterText)) return undefined;
    if (!this.categoryNodes.has(c.category)) this.getChildren();
    return this.conceptNode(c);
  }

  dispose(): void {
    this.changed.dispose();
  }
}
