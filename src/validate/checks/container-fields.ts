import { finding, type ApiCheck, type ApiFinding } from '../api-check.js';
import { isKind } from '../builtin-kinds.js';
import { containersIn } from '../containers.js';
import { quote } from '../read-field.js';

const pullPolicies = ['Always', 'IfNotPresent', 'Never'];
const messagePolicies = ['File', 'FallbackToLogsOnError'];

/** validateContainerCommon: enum fields and the image reference's whitespace. */
export const containerFields: ApiCheck = {
  id: 'container-fields',
  summary: 'Every container has an image (without surrounding whitespace in a Pod), and imagePullPolicy and terminationMessagePolicy use supported values.',
  check(resource) {
    const out: ApiFinding[] = [];
    const isPod = isKind(resource, '', 'Pod');
    for (const { spec, path, kind } of containersIn(resource)) {
      const { image, imagePullPolicy, terminationMessagePolicy } = spec;
      // validateContainerCommon: every container, in a Pod or a pod template, needs an image
      if (image === undefined || image === null || image === '') {
        out.push(finding('imageRequired', [...path, 'image'], 'image is required'));
      }
      if (typeof imagePullPolicy === 'string' && !pullPolicies.includes(imagePullPolicy)) {
        out.push(finding('invalidPullPolicy', [...path, 'imagePullPolicy'], `${quote(imagePullPolicy)} is not a supported value (Always, IfNotPresent, Never)`));
      }
      if (typeof terminationMessagePolicy === 'string' && !messagePolicies.includes(terminationMessagePolicy)) {
        out.push(finding('invalidMessagePolicy', [...path, 'terminationMessagePolicy'], `${quote(terminationMessagePolicy)} is not a supported value (File, FallbackToLogsOnError)`));
      }
      // validateContainerOnlyForPod: templates may keep a padded image (some tools use " " as a placeholder)
      if ((isPod || kind === 'ephemeral') && typeof image === 'string' && image !== image.trim()) {
        out.push(finding('imageWhitespace', [...path, 'image'], `image ${quote(image)} must not have leading or trailing whitespace`));
      }
    }
    return out;
  },
};
