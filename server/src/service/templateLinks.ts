/**
 * References between the definitions of one document (one resolver for every dialect's reference forms): a
 * template's service (or task set) deploys the task definition its `TaskDefinition` names by `Ref`, `Fn::GetAtt`
 * or a literal family, and the cross-file service/task rules see that task definition as their related document.
 */
import { definitionView, type ParsedDocument } from './document';
import type { Definition } from './definitions';
import type { RelatedDocuments } from './rules/rule';
import { familyOfReference } from './rules/support/service';
import { buildTaskModel, type TaskDefinitionModel } from './model';

/** The task-definition definition that `node` (a value of `def`) names in the same document, if it can be known. */
export function referencedDefinition(doc: ParsedDocument, def: Definition, key: string, kind: Definition['kind']): Definition | undefined {
  const node = def.body.get(key);
  if (!node || !doc.definitions) return undefined;
  const ref = def.references?.get(node);
  if (ref) return doc.definitions.find((d) => d.name === ref.target && d.kind === kind);
  if (node.type === 'string' && kind === 'taskDefinition') {
    const family = familyOfReference(node.value as string);
    if (!family) return undefined;
    const matching = doc.definitions.filter((d) => d.kind === 'taskDefinition' && taskModelFor(d).family === family);
    return matching.length === 1 ? matching[0] : undefined;
  }
  return undefined;
}

/**
 * What a definition of a multi-definition document is checked against: for a service or task set, the task
 * definition of the same document it deploys (none when the template takes it from a parameter or another stack,
 * so the cross-file rules stay silent). Undefined for other kinds.
 */
export function templateRelated(doc: ParsedDocument, def: Definition): RelatedDocuments | undefined {
  if (def.kind !== 'service' && def.kind !== 'taskSet') return undefined;
  const related: RelatedDocuments = { taskDefinitions: [], services: [], appspecs: [] };
  const target = referencedDefinition(doc, def, 'taskDefinition', 'taskDefinition');
  if (target) {
    related.taskDefinitions.push({ uri: doc.uri, doc: definitionView(doc, target), task: taskModelFor(target), label: `this template (${target.name})` });
  }
  return related;
}

const taskModels = new WeakMap<Definition, TaskDefinitionModel>();
/** The task model of a task-definition definition (built once per definition). */
export function taskModelFor(def: Definition): TaskDefinitionModel {
  let m = taskModels.get(def);
  if (!m) {
    m = buildTaskModel(def.body);
    taskModels.set(def, m);
  }
  return m;
}
