import { finding, type ApiCheck, type ApiFinding } from '../api-check.js';
import { containersIn } from '../containers.js';
import { dns1123LabelError } from '../name-formats.js';
import { quote } from '../read-field.js';

/** Container names are required DNS-1123 labels, unique across init, regular and ephemeral containers. */
export const containerNames: ApiCheck = {
  id: 'container-names',
  summary: 'Every container has a DNS-1123 label name, unique across init, regular and ephemeral containers.',
  check(resource) {
    const out: ApiFinding[] = [];
    const seen = new Set<string>();
    for (const container of containersIn(resource)) {
      const value = container.spec.name;
      const path = [...container.path, 'name'];
      // a missing name is a schema error (required); an empty one only the server catches
      if (value === '') {
        out.push(finding('nameRequired', path, 'a container name is required'));
        continue;
      }
      if (typeof value !== 'string') continue;
      const error = dns1123LabelError(value);
      // validateContainers/validateInitContainers share one name set (allNames)
      if (error) out.push(finding('invalidName', path, `container name ${quote(value)} ${error}`));
      else if (seen.has(value)) out.push(finding('duplicateName', path, `container name ${quote(value)} is used by another container of the pod`));
      seen.add(value);
    }
    return out;
  },
};
