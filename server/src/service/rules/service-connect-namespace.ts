import { defineRule } from './rule';
import { booleanOf, isEmptyValue } from './support/fargate';

export const SERVICE_CONNECT_DOC = 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-connect-concepts.html';

/** Service Connect turned on without naming the Cloud Map namespace. */
export default defineRule(
  {
    id: 'fargate/service-connect-namespace',
    severity: 'warning',
    title: 'Service Connect without a namespace',
    description:
      'Service Connect registers the service in a Cloud Map namespace and lets the tasks of that namespace reach each other ' +
      'by short names. `serviceConnectConfiguration.namespace` names it; when it is left out, ECS uses the default Service ' +
      'Connect namespace of the cluster, and if the cluster has none the deployment is rejected. A cluster\'s default ' +
      'namespace is not in the service file, so this is a warning: name the namespace (its name or ARN) to make the ' +
      'service independent of the cluster setting.',
    source: SERVICE_CONNECT_DOC,
    category: 'service',
    target: 'service',
  },
  (ctx) => {
    const sc = ctx.doc.body?.obj('serviceConnectConfiguration');
    if (!sc) return;
    const enabled = sc.prop('enabled');
    if (!enabled || booleanOf(enabled.valueNode) !== true) return;
    if (!isEmptyValue(sc.get('namespace'))) return;
    ctx.report(
      enabled.keyNode,
      `Service Connect is enabled without a "namespace", so ECS falls back to the cluster's default Service Connect namespace; if the cluster has none, ` +
        `AWS rejects the service. Add "namespace" with the Cloud Map namespace name or ARN the services share.`,
      { missing: 'namespace' },
    );
  },
);
