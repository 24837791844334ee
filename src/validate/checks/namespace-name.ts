import { finding, type ApiCheck } from '../api-check.js';
import { scopeOf } from '../builtin-kinds.js';
import { dns1123LabelError } from '../name-formats.js';
import { quote, stringAt } from '../read-field.js';

/** `metadata.namespace` of a namespaced object is a DNS-1123 label (ValidateObjectMeta). */
export const namespaceName: ApiCheck = {
  id: 'namespace-name',
  summary: 'metadata.namespace of a namespaced object is a valid DNS-1123 label.',
  check(resource, { resources }) {
    const namespace = stringAt(resource.object, ['metadata', 'namespace']);
    // cluster-scoped kinds: the server ignores metadata.namespace, so it cannot be wrong
    if (namespace === undefined || namespace === '' || scopeOf(resource, resources) !== 'Namespaced') return [];
    const error = dns1123LabelError(namespace);
    return error ? [finding('invalidNamespace', ['metadata', 'namespace'], `${quote(namespace)} ${error}`)] : [];
  },
};
