import { podSpecOf } from '../../resources/index.js';
import { finding, type ApiCheck, type ApiFinding } from '../api-check.js';
import { dns1123LabelError } from '../name-formats.js';
import { objectsOf, quote } from '../read-field.js';

/** Every volume source field of core/v1 Volume (VolumeSource), including ones since removed from drivers. */
export const volumeSources = [
  'hostPath', 'emptyDir', 'gcePersistentDisk', 'awsElasticBlockStore', 'gitRepo', 'secret', 'nfs', 'iscsi',
  'glusterfs', 'persistentVolumeClaim', 'rbd', 'flexVolume', 'cinder', 'cephfs', 'flocker', 'downwardAPI', 'fc',
  'azureFile', 'configMap', 'vsphereVolume', 'quobyte', 'azureDisk', 'photonPersistentDisk', 'projected',
  'portworxVolume', 'scaleIO', 'storageos', 'csi', 'ephemeral', 'image',
];

/** validateVolumes: names are unique DNS-1123 labels and each volume has at most one source. */
export const volumes: ApiCheck = {
  id: 'volumes',
  summary: 'Pod volumes have unique DNS-1123 label names and at most one volume source each.',
  check(resource) {
    const pod = podSpecOf(resource);
    if (!pod) return [];
    const out: ApiFinding[] = [];
    const seen = new Set<string>();
    for (const [volume, i] of objectsOf(pod.spec.volumes)) {
      const path = [...pod.path, 'volumes', i];
      const { name } = volume;
      // a missing name is a schema error (required); an empty one only the server catches
      if (name === '') {
        out.push(finding('nameRequired', [...path, 'name'], 'a volume name is required'));
      } else if (typeof name === 'string') {
        const error = dns1123LabelError(name);
        if (error) out.push(finding('invalidName', [...path, 'name'], `volume name ${quote(name)} ${error}`));
        else if (seen.has(name)) out.push(finding('duplicateName', [...path, 'name'], `volume name ${quote(name)} is used by another volume`));
        seen.add(name);
      }
      // SetDefaults_Volume turns a volume without a source into an emptyDir
      const set = volumeSources.filter((key) => volume[key] !== undefined && volume[key] !== null);
      const [, second] = set;
      if (second !== undefined) out.push(finding('manySources', [...path, second], `a volume may not specify more than one source (found ${set.join(', ')})`, 'key'));
    }
    return out;
  },
};
