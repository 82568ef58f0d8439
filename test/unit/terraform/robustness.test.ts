import * as assert from 'assert';
import { containerDefinitionsDefinition, hclEdits, locate, parseTerraform } from '../../../server/src/service/terraform';
import { mulberry32 } from '../../helpers/prng';
import { fixture, rangesInside, tfParser } from './support';

/** Mutated Terraform and template texts (seeded): the front end never throws and keeps ranges inside the text. */
describe('terraform front end on broken input', () => {
  const PIECES = ['{', '}', '[', ']', '"', '${', '%{', '}', '<<EOF\n', '\nEOF\n', '<<-X\n', '=', ':', ',', '\n', '#', '/*', '*/', 'jsonencode(', ')', 'dynamic "volume" {', 'null', '-', '\\', 'é', '$${', 'local.', 'file("x")'];

  function mutate(rand: () => number, text: string): string {
    let t = text;
    for (let k = 1 + Math.floor(rand() * 4); k > 0; k--) {
      const at = Math.floor(rand() * (t.length + 1));
      const del = Math.floor(rand() * 20);
      t = t.slice(0, at) + (rand() < 0.7 ? PIECES[Math.floor(rand() * PIECES.length)] : '') + t.slice(at + del);
    }
    return t;
  }

  it('400 mutants of .tf and template texts: no exception, ranges inside the text', async () => {
    const parser = await tfParser();
    const rand = mulberry32(1616);
    const tf = fixture('module/main.tf');
    const tpl = fixture('module/templates/worker.json.tftpl');
    for (let i = 0; i < 400; i++) {
      const text = mutate(rand, tf);
      const parsed = parseTerraform(parser, text);
      try {
        for (const d of parsed.document.definitions) {
          assert.deepStrictEqual(rangesInside(text, d.body.node), [], `mutant ${i}`);
          hclEdits(text, d, { op: 'set', path: ['networkMode'], value: 'awsvpc' });
          hclEdits(text, d, { op: 'remove', path: ['cpu'] });
          locate(d, Math.floor(rand() * text.length));
        }
      } finally {
        parsed.tree.delete();
      }
      const t = mutate(rand, tpl);
      const r = containerDefinitionsDefinition(t, { templated: true, parser });
      if (r.definition) assert.deepStrictEqual(rangesInside(t, r.definition.body.node), [], `template mutant ${i}`);
      for (const e of r.syntaxErrors) assert.ok(e.offset >= 0 && e.offset + e.length <= t.length, `template mutant ${i}`);
    }
  });
});
