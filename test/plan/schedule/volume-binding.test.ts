import { describe, expect, it } from 'vitest';
import { schedulePods } from '../../../src/plan/schedule/index.js';
import { cluster, node, podsOf } from './helpers.js';
import { itemAt } from '../../helpers/item-at.js';

const nodes = [node('n1', { labels: { 'topology.kubernetes.io/zone': 'a' } }), node('n2', { labels: { 'topology.kubernetes.io/zone': 'b' } })];

const podWithClaim = `
apiVersion: v1
kind: Pod
metadata: {name: app}
spec:
  containers: [{name: c, image: app}]
  volumes:
  - name: data
    persistentVolumeClaim: {claimName: data}
`;

const localClass = `
apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata: {name: local}
provisioner: kubernetes.io/no-provisioner
volumeBindingMode: WaitForFirstConsumer
`;

const localVolume = (name: string, host: string, size = '10Gi') => `
apiVersion: v1
kind: PersistentVolume
metadata: {name: ${name}}
spec:
  capacity: {storage: ${size}}
  accessModes: [ReadWriteOnce]
  storageClassName: local
  local: {path: /mnt/disk}
  nodeAffinity:
    required:
      nodeSelectorTerms:
      - matchExpressions: [{key: kubernetes.io/hostname, operator: In, values: [${host}]}]
`;

const claim = (extra = '') => `
apiVersion: v1
kind: PersistentVolumeClaim
metadata: {name: data}
spec:
  accessModes: [ReadWriteOnce]
  resources: {requests: {storage: 5Gi}}
${extra}`;

function simulate(...documents: string[]) {
  const { set, pods } = podsOf(documents.join('\n---\n'));
  return schedulePods(pods, cluster(nodes), { kubernetesVersion: '1.33', resources: set });
}

// planner-simulation.md §1.4 VolumeBinding/VolumeZone and §8
describe('volume binding', () => {
  it('rejects the Pod in PreFilter when its claim does not exist', () => {
    const result = simulate(podWithClaim);
    expect(itemAt(result.pending, 0).message).toBe('0/2 nodes are available: persistentvolumeclaim "data" not found. preemption: 0/2 nodes are available: 2 Preemption is not helpful for scheduling.');
    expect(itemAt(result.pending, 0).path).toEqual(['spec', 'volumes', 0, 'persistentVolumeClaim', 'claimName']);
  });

  it('assumes a claim without a known class is provisioned on demand', () => {
    expect(simulate(podWithClaim, claim()).placements).toHaveLength(1);
  });

  it('follows a local PV of a WaitForFirstConsumer class to its node', () => {
    const result = simulate(podWithClaim, claim('  storageClassName: local'), localClass, localVolume('pv-n2', 'n2'));
    expect(itemAt(result.placements, 0).node).toBe('n2');
  });

  it('finds no volume when every local PV is too small', () => {
    const result = simulate(podWithClaim, claim('  storageClassName: local'), localClass, localVolume('pv-n2', 'n2', '1Gi'));
    expect(itemAt(result.pending, 0).message).toMatch(/^0\/2 nodes are available: 2 node\(s\) didn't find available persistent volumes to bind\. /);
  });

  it('keeps a bound volume\'s node affinity, worded per version', () => {
    const result = simulate(podWithClaim, claim('  volumeName: pv-n1'), localVolume('pv-n1', 'n1'), `${podWithClaim.replace('name: app', 'name: other').replace('containers:', 'nodeSelector: {kubernetes.io/hostname: n2}\n  containers:')}`);
    expect(result.placements[0]).toMatchObject({ pod: 'app', node: 'n1' });
    expect(itemAt(result.pending, 0).message).toMatch(/1 node\(s\) didn't match PersistentVolume's node affinity, 1 node\(s\) didn't match Pod's node affinity\/selector\./);
  });

  it('reports an unbound claim of an Immediate class with nothing to bind', () => {
    const immediate = localClass.replace('WaitForFirstConsumer', 'Immediate');
    const result = simulate(podWithClaim, claim('  storageClassName: local'), immediate);
    expect(itemAt(result.pending, 0).message).toMatch(/^0\/2 nodes are available: pod has unbound immediate PersistentVolumeClaims\. /);
  });

  it('checks a bound volume\'s zone against the node (VolumeZone)', () => {
    const zonal = `
apiVersion: v1
kind: PersistentVolume
metadata: {name: disk-b, labels: {topology.kubernetes.io/zone: b}}
spec:
  capacity: {storage: 10Gi}
  accessModes: [ReadWriteOnce]
  storageClassName: ssd
  csi: {driver: pd.csi.storage.gke.io, volumeHandle: disk-b}
`;
    const result = simulate(podWithClaim, claim('  volumeName: disk-b'), zonal);
    expect(itemAt(result.placements, 0).node).toBe('n2');
  });

  it('binds each StatefulSet ordinal its own local volume', () => {
    const sts = `
apiVersion: apps/v1
kind: StatefulSet
metadata: {name: db}
spec:
  replicas: 3
  serviceName: db
  podManagementPolicy: Parallel
  selector: {matchLabels: {app: db}}
  template:
    metadata: {labels: {app: db}}
    spec:
      containers: [{name: db, image: postgres}]
  volumeClaimTemplates:
  - metadata: {name: data}
    spec:
      storageClassName: local
      accessModes: [ReadWriteOnce]
      resources: {requests: {storage: 5Gi}}
`;
    const result = simulate(sts, localClass, localVolume('pv-a', 'n1'), localVolume('pv-b', 'n2'));
    expect(result.placements.map((p) => [p.pod, p.node])).toEqual([['db-0', 'n1'], ['db-1', 'n2']]);
    expect(result.pending.map((p) => p.pod)).toEqual(['db-2']);
    expect(itemAt(result.pending, 0).path).toEqual(['spec', 'volumeClaimTemplates', 0]);
  });
});
