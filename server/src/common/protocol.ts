/**
 * Custom requests between the VS Code client and the Fargate language server (beyond standard LSP).
 * Shared by both sides so the method names and payloads cannot drift apart. Types only: no logic here.
 */
import { RequestType, type Range, type TextDocumentIdentifier, type Position } from 'vscode-languageserver-protocol';

/** A field of the open document that a concept explains. */
export interface ConceptFieldUse {
  /** Concrete path, e.g. `containerDefinitions[0].secrets[1].valueFrom` (prefixed `service:` / `appspec:` like concepts.ts). */
  path: string;
  /** Short label for the tree, e.g. `secrets` of container `web`. */
  label: string;
  /** Range of the property (key and value). */
  range: Range;
  /** Set when the concept was recognised from the value (an ARN, `awsvpc`, an image name) rather than the field. */
  value?: string;
}

/** One rule finding of the open document, attached to a concept. */
export interface ConceptFinding {
  ruleId: string;
  severity: 'error' | 'warning' | 'info' | 'hint';
  message: string;
  range: Range;
  /** The rule's category (`networking`, `iam`, ...). */
  category: string;
}

export interface DocumentConcept {
  /** Concept id from server/src/knowledge/concepts.ts. */
  id: string;
  fields: ConceptFieldUse[];
  findings: ConceptFinding[];
}

export interface DocumentConceptsParams {
  textDocument: TextDocumentIdentifier;
}

export interface DocumentConceptsResult {
  /** What the server recognised the document as; `none` means "not one of ours" (empty view). */
  kind: 'taskDefinition' | 'service' | 'appspec' | 'none';
  /** Concepts touched by the document, in catalog order. */
  concepts: DocumentConcept[];
  /** True while the document has JSON syntax errors (rule findings other than syntax are then withheld). */
  syntaxErrors: boolean;
  /** The document version the answer was computed for (set by the server). */
  version?: number;
}

/** Which concepts the open document touches, with the fields that touch them and findings per concept. */
export namespace DocumentConceptsRequest {
  export const method = 'fargate/documentConcepts';
  export const type = new RequestType<DocumentConceptsParams, DocumentConceptsResult | null, void>(method);
}

export interface ConceptsAtPositionParams {
  textDocument: TextDocumentIdentifier;
  position: Position;
}

export interface ConceptsAtPositionResult {
  /** Path of the field at the position (e.g. `containerDefinitions[0].secrets`), if any. */
  path?: string;
  /** Concept ids, most specific first. */
  conceptIds: string[];
}

/** The concepts explaining the field (or value) at a position. */
export namespace ConceptsAtPositionRequest {
  export const method = 'fargate/conceptsAtPosition';
  export const type = new RequestType<ConceptsAtPositionParams, ConceptsAtPositionResult | null, void>(method);
}

export interface CostEstimateParams {
  textDocument: TextDocumentIdentifier;
}

export interface CostEstimateResult {
  /** Set when no estimate is possible (not a task definition, size missing or a placeholder, not Fargate). */
  unavailable?: string;
  family?: string;
  cpuUnits?: number;
  memoryMiB?: number;
  vcpu?: number;
  memoryGb?: number;
  ephemeralGb?: number;
  /** Price list label, e.g. `Linux/x86`. */
  platform?: string;
  perHour?: number;
  perMonth?: number;
  /** Monthly cost for a few desiredCount values (one task runs per desiredCount unit). */
  scaling?: { tasks: number; perMonth: number }[];
  region: string;
  pricesAsOf: string;
  sourceUrl: string;
  /** Caveats, e.g. Fargate Spot or Windows licence fees. */
  notes: string[];
}

/** On-demand cost of the open task definition, from its cpu, memory, platform and ephemeral storage. */
export namespace CostEstimateRequest {
  export const method = 'fargate/costEstimate';
  export const type = new RequestType<CostEstimateParams, CostEstimateResult | null, void>(method);
}
