/**
 * The rule registry: every rule module, in reporting order. Add a rule by importing its module in its group.
 */
import type { Rule } from './rule';

// --- document ---
import jsonSyntax from './json-syntax';
// --- schema ---
// --- fargate compatibility ---
// --- networking ---
// --- iam ---
// --- security best practice ---
// --- service ---
// --- appspec ---
// --- cross-file ---

export const RULES: readonly Rule[] = [
  // document
  jsonSyntax,
  // schema
  // fargate compatibility
  // networking
  // iam
  // security best practice
  // service
  // appspec
  // cross-file
];

const byId = new Map(RULES.map((r) => [r.meta.id, r] as const));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}
