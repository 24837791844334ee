import { defineRule } from '../src/lint/rule-api.js';
import { containersOf, parseImageReference, workloadKinds } from '../src/resources/index.js';

export default defineRule({
  id: 'image-pull-policy-not-always',
  summary: 'Containers pull their image every time they start.',
  rationale:
    'With `IfNotPresent` or `Never`, a node reuses any image it already has under that name: a re-pushed tag is not picked up, and a Pod can start from a private image that another Pod pulled with credentials this Pod does not have. `Always` only costs a manifest check against the registry when the image is cached.',
  fix: 'Set `imagePullPolicy: Always`. When the field is unset, the API server defaults it to `Always` only for images without a tag or tagged `latest`, so set it explicitly for every other image.',
  category: 'configuration',
  severity: 'info',
  kinds: workloadKinds,
  preset: 'all',
  messages: {
    notAlways: 'Container "{{container}}" sets imagePullPolicy {{policy}} rather than Always.',
    defaulted: 'Container "{{container}}" sets no imagePullPolicy, so image "{{image}}" defaults to IfNotPresent.',
  },
  peers: { kubeScore: 'container-image-pull-policy', polaris: 'pullPolicyNotAlways' },
  peerDifferences:
    'Like kube-score, drydock applies the API server\'s defaulting: an unset policy on an image without a tag or tagged `latest` becomes `Always` and passes. Polaris flags every unset policy.',
  check({ resource, report }) {
    for (const container of containersOf(resource)) {
      // ephemeral containers are interactive debugging sessions
      if (container.kind === 'ephemeral') continue;
      const policy = container.spec.imagePullPolicy;
      const path = [...container.path, 'imagePullPolicy'];
      if (policy === 'Always') continue;
      if (typeof policy === 'string') {
        report({ messageId: 'notAlways', path, data: { container: container.name, policy } });
        continue;
      }
      if (policy !== undefined && policy !== null) continue;
      const image = container.spec.image;
      if (typeof image !== 'string' || image.trim() === '') continue;
      const reference = parseImageReference(image.trim());
      // the API server defaults the policy to Always for untagged and latest images without a digest
      if (!reference.digest && (!reference.tag || reference.tag === 'latest')) continue;
      report({ messageId: 'defaulted', path, data: { container: container.name, image } });
    }
  },
});
