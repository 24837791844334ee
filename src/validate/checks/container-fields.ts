import { finding, type ApiCheck, type ApiFinding } from '../api-check.js';
import { containersIn } from '../containers.js';
import { quote } from '../read-field.js';

const pullPolicies = ['Always', 'IfNotPresent', 'Never'];
const messagePolicies = ['File', 'FallbackToLogsOnError'];

/** validateContainerCommon: enum fields and the image reference's whitespace. */
export const containerFields: ApiCheck = {
  id: 'container-fields',
  summary: 'Container imagePullPolicy and terminationMessagePolicy use supported values and the image has no surrounding whitespace.',
  check(resource) {
    const out: ApiFinding[] = [];
    for (const { spec, path } of containersIn(resource)) {
      const { image, imagePullPolicy, terminationMessagePolicy } = spec;
      if (typeof imagePullPolicy === 'string' && !pullPolicies.includes(imagePullPolicy)) {
        out.push(finding('invalidPullPolicy', [...path, 'imagePullPolicy'], `${quote(imagePullPolicy)} is not a supported value (Always, IfNotPresent, Never)`));
      }
      if (typeof terminationMessagePolicy === 'string' && !messagePolicies.includes(terminationMessagePolicy)) {
        out.push(finding('invalidMessagePolicy', [...path, 'terminationMessagePolicy'], `${quote(terminationMessagePolicy)} is not a supported value (File, FallbackToLogsOnError)`));
      }
      if (typeof image === 'string' && image !== image.trim()) {
        out.push(finding('imageWhitespace', [...path, 'image'], `image ${quote(image)} must not have leading or trailing whitespace`));
      }
    }
    return out;
  },
};
