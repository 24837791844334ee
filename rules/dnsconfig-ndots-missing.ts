import { defineRule, ruleOptions } from '../src/lint/rule-api.js';
import { isObject, podSpecOf, type JsonPath, workloadKinds } from '../src/resources/index.js';

export default defineRule({
  id: 'dnsconfig-ndots-missing',
  summary: 'Pods that use the cluster DNS set a low ndots option.',
  rationale:
    "With the cluster DNS, Kubernetes writes `options ndots:5` into every Pod's `/etc/resolv.conf`. A name with fewer than five dots, such as `api.example.com`, is then first tried in each of the three or four cluster search domains, so every lookup of an external name costs several extra DNS queries, which slows the application and loads CoreDNS. A low `ndots` sends such names straight out, while short in-cluster names like `my-service` still go through the search list.",
  fix: 'Add `dnsConfig: {options: [{name: ndots, value: "2"}]}` to the pod spec (any value up to the `maxNdots` option), and write external names with a trailing dot where you can.',
  category: 'networking',
  severity: 'info',
  kinds: workloadKinds,
  preset: 'all',
  messages: {
    missing: '"{{name}}" does not set the ndots DNS option, so it gets the cluster default of 5.',
    tooHigh: '"{{name}}" sets ndots to {{ndots}}, above {{max}}.',
  },
  options: ruleOptions(
    {
      maxNdots: { type: 'integer', minimum: 0, description: 'The highest ndots value that passes.' },
    },
    { maxNdots: 2 },
  ),
  peers: { kubeLinter: 'dnsconfig-options' },
  peerDifferences:
    'kube-linter asks for exactly `ndots: 2` (its configurable default) in every workload; drydock accepts any value up to `maxNdots`, and skips Pods that do not use the cluster DNS (`dnsPolicy: Default` or `None`, or `hostNetwork` without `ClusterFirstWithHostNet`), since they do not get the cluster default of 5.',
  check({ resource, options, report }) {
    const pod = podSpecOf(resource);
    if (!pod || !usesClusterDns(pod.spec)) return;
    const name = resource.name;
    const dnsConfig = pod.spec.dnsConfig;
    const optionsPath: JsonPath = [...pod.path, 'dnsConfig', 'options'];
    const list: unknown[] = isObject(dnsConfig) && Array.isArray(dnsConfig.options) ? dnsConfig.options : [];
    const index = list.findIndex((entry) => isObject(entry) && entry.name === 'ndots');
    const entry = list[index];
    if (!isObject(entry)) {
      report({ messageId: 'missing', path: isObject(dnsConfig) ? optionsPath : [...pod.path, 'dnsConfig'], data: { name } });
      return;
    }
    const value = typeof entry.value === 'string' || typeof entry.value === 'number' ? Number(entry.value) : Number.NaN;
    // a missing or non-numeric value is for the resolver (and API validation) to reject
    if (Number.isInteger(value) && value > options.maxNdots) {
      report({ messageId: 'tooHigh', path: [...optionsPath, index, 'value'], data: { name, ndots: value, max: options.maxNdots } });
    }
  },
});

/** Whether the Pod's resolv.conf comes from the cluster DNS (ClusterFirst), which sets ndots:5. */
function usesClusterDns(spec: Record<string, unknown>): boolean {
  const policy = spec.dnsPolicy ?? 'ClusterFirst';
  if (policy === 'ClusterFirstWithHostNet') return true;
  // ClusterFirst falls back to the node's resolv.conf on the host network
  return policy === 'ClusterFirst' && spec.hostNetwork !== true;
}
