import { defineRule, ruleOptions } from '../src/lint/rule-api.js';
import { isObject, minorOf, podSpecOf, workloadKinds } from '../src/resources/index.js';

/** Sysctls Kubernetes calls safe (namespaced, isolated between pods), with the minor version that added each. */
const safeSysctls = new Map<string, number>(Object.entries({
  'kernel.shm_rmid_forced': 0,
  'net.ipv4.ip_local_port_range': 0,
  'net.ipv4.tcp_syncookies': 0,
  'net.ipv4.ping_group_range': 18,
  'net.ipv4.ip_unprivileged_port_start': 22,
  'net.ipv4.ip_local_reserved_ports': 27,
  'net.ipv4.tcp_keepalive_time': 29,
  'net.ipv4.tcp_fin_timeout': 29,
  'net.ipv4.tcp_keepalive_intvl': 29,
  'net.ipv4.tcp_keepalive_probes': 29,
}));

export default defineRule({
  id: 'unsafe-sysctls',
  summary: 'Pods set only the sysctls Kubernetes considers safe.',
  rationale:
    'Sysctls outside the safe set are not isolated between pods, or can starve the node (shared memory and message queue limits, most of `net.*`). The kubelet rejects pods that set them unless the node allows them with `--allowed-unsafe-sysctls`, and where allowed they affect every pod on the node.',
  fix: 'Remove the sysctl from `securityContext.sysctls`, or schedule the pod only on nodes that allow it and list it in the `allowedSysctls` option.',
  category: 'security',
  severity: 'warning',
  kinds: workloadKinds,
  preset: 'recommended',
  messages: {
    unsafe: 'The pod sets the unsafe sysctl "{{sysctl}}".',
  },
  options: ruleOptions(
    {
      allowedSysctls: {
        type: 'array',
        items: { type: 'string' },
        description: 'Sysctls your nodes allow, as for the kubelet\'s `--allowed-unsafe-sysctls`: full names, or a prefix ending in `*` (`kernel.msg*`).',
      },
    },
    { allowedSysctls: [] as string[] },
  ),
  peers: { kubeLinter: 'unsafe-sysctls' },
  peerDifferences:
    'kube-linter flags names starting with `kernel.msg`, `kernel.sem`, `kernel.shm`, `fs.mqueue.` or `net.`, including safe ones such as `net.ipv4.ip_local_port_range`; drydock flags every sysctl outside the safe set of the target Kubernetes version, and none in it.',
  check({ resource, kubernetesVersion, options, report }) {
    const pod = podSpecOf(resource);
    const context = pod?.spec.securityContext;
    if (!pod || !isObject(context) || !Array.isArray(context.sysctls)) return;
    const minor = minorOf(kubernetesVersion);
    context.sysctls.forEach((sysctl: unknown, index) => {
      if (!isObject(sysctl) || typeof sysctl.name !== 'string') return;
      const name = normalise(sysctl.name);
      const since = safeSysctls.get(name);
      if (since !== undefined && since <= minor) return;
      if (options.allowedSysctls.some((allowed) => (allowed.endsWith('*') ? name.startsWith(allowed.slice(0, -1)) : name === allowed))) return;
      report({ messageId: 'unsafe', path: [...pod.path, 'securityContext', 'sysctls', index, 'name'], data: { sysctl: sysctl.name } });
    });
  },
});

/** Sysctl names may use `/` as the separator (`net/ipv4/tcp_syncookies`); the kubelet swaps `/` and `.` then. */
function normalise(name: string): string {
  const firstSeparator = /[./]/.exec(name)?.[0];
  return firstSeparator === '/' ? name.replace(/[./]/g, (c) => (c === '/' ? '.' : '/')) : name;
}
