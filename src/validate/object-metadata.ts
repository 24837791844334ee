import { podTemplatePath, type JsonPath, type Resource } from '../resources/index.js';
import { isKind } from './builtin-kinds.js';
import { arrayAt } from './read-field.js';

/**
 * Paths of every ObjectMeta the server validates in a resource: its own, the pod template's, a
 * CronJob's job template, and StatefulSet volume claim templates.
 */
export function metadataPaths(resource: Resource): JsonPath[] {
  const out: JsonPath[] = [['metadata']];
  if (isKind(resource, 'batch', 'CronJob')) out.push(['spec', 'jobTemplate', 'metadata']);
  const template = podTemplatePath(resource.kind);
  if (template && template.length > 0) out.push([...template, 'metadata']);
  if (isKind(resource, 'apps', 'StatefulSet')) {
    arrayAt(resource.object, ['spec', 'volumeClaimTemplates']).forEach((_, i) => {
      out.push(['spec', 'volumeClaimTemplates', i, 'metadata']);
    });
  }
  return out;
}
