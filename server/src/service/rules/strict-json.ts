import { MAX_JSON_EXTENSIONS } from '../document';
import { defineRule } from './rule';

/** The rule id; the LSP layer turns the rule off where the editor reports the same (see startServer.ts). */
export const STRICT_JSON = 'fargate/strict-json';

/** At most this many are reported one by one; the rest get one summary. */
const MAX_REPORTED = 20;

/** The path of a `file:` URI ends in `.json` (not `.jsonc`, not an untitled buffer). */
function isJsonFile(uri: string): boolean {
  return /^file:/i.test(uri) && /\.json$/i.test(uri.replace(/[?#].*$/, ''));
}

/** Comments and trailing commas in a `.json` file: the editor reads them, the AWS CLI does not. */
export default defineRule(
  {
    id: STRICT_JSON,
    severity: 'error',
    title: 'Comment or trailing comma in a .json file',
    description:
      'A `.json` file holds a comment (`//`, `/* */`) or a comma right before `}` or `]`. Fargate Authoring reads such ' +
      'files as JSONC so that the other checks keep working, but the tools that deploy them read strict JSON: ' +
      '`aws ecs register-task-definition --cli-input-json file://...` stops with a parse error, and so do `JSON.parse`, ' +
      'Terraform\'s `jsondecode` and most deploy actions. Remove the comment or the comma; keep notes in a README or in ' +
      'a tag instead; a quick fix removes one, or all of them at once. Files named `.jsonc` are taken to be preprocessed ' +
      'and are not reported. In VS Code, where the built-in JSON support already reports these in JSON documents, this ' +
      'rule leaves them to it, unless `json.validate.enable` is off or you set the rule\'s severity yourself.',
    source: 'https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-skeleton.html',
    category: 'syntax',
    target: 'document',
  },
  (ctx) => {
    const found = ctx.doc.jsonExtensions;
    if (!found || !isJsonFile(ctx.doc.uri)) return;
    for (const e of found.slice(0, MAX_REPORTED)) {
      ctx.report(
        e,
        e.kind === 'comment'
          ? 'Comment in a .json file: JSON has no comments, so the AWS CLI (--cli-input-json) and other JSON readers reject the file. Remove the comment.'
          : 'Trailing comma: JSON allows no comma before a closing bracket or brace, so the AWS CLI (--cli-input-json) and other JSON readers reject the file. Remove the comma.',
        { kind: e.kind },
      );
    }
    if (found.length > MAX_REPORTED) {
      const next = found[MAX_REPORTED];
      const more = found.length > MAX_JSON_EXTENSIONS ? `more than ${MAX_JSON_EXTENSIONS - MAX_REPORTED}` : `${found.length - MAX_REPORTED}`;
      ctx.report({ offset: next.offset, length: 1 }, `…and ${more} more comments or trailing commas after this point.`);
    }
  },
);
