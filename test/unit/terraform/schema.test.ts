import * as assert from 'assert';
import { ROOT_SHAPES, typeAtPath } from '../../../server/src/knowledge/catalog';
import { TF_RESOURCES, type TfSchema } from '../../../server/src/knowledge/terraformEcs';

/** Every API path of the Terraform spellings exists in the ECS catalog. */
describe('terraform spellings (knowledge/terraformEcs.ts) against the ECS API model', () => {
  function check(root: string, schema: TfSchema, prefix: (string | number)[], where: string, bad: string[]): void {
    for (const [tf, field] of Object.entries(schema)) {
      if (field.kind === 'terraform') continue;
      const path = [...prefix, ...field.api];
      const t = typeAtPath(root, path);
      if (!t) {
        bad.push(`${where}${tf} -> ${path.join('.')}`);
        continue;
      }
      if (field.kind === 'block') {
        if (field.list && t.type !== 'list') bad.push(`${where}${tf}: a list block, but ${path.join('.')} is ${t.type}`);
        if (!field.list && t.type !== 'structure') bad.push(`${where}${tf}: one block, but ${path.join('.')} is ${t.type}`);
        check(root, field.body, field.list ? [...path, 0] : path, `${where}${tf}.`, bad);
      } else if (field.conversion === 'keyValueList' || field.conversion === 'nameValueList') {
        if (t.type !== 'list') bad.push(`${where}${tf}: a map written as a list, but ${path.join('.')} is ${t.type}`);
      } else if (field.freeMap && t.type !== 'map') {
        bad.push(`${where}${tf}: a free map, but ${path.join('.')} is ${t.type}`);
      }
    }
  }
  for (const [resource, spec] of Object.entries(TF_RESOURCES)) {
    it(`${resource}: every argument and block leads to an API field of the right kind`, () => {
      const bad: string[] = [];
      check(spec.kind === 'taskDefinition' ? ROOT_SHAPES.taskDefinition : ROOT_SHAPES.service, spec.schema, [], '', bad);
      assert.deepStrictEqual(bad, []);
    });
  }
});
