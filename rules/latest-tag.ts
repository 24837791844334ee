import { defineRule } from '../src/lint/rule-api.js';
import { containersOf, parseImageReference, workloadKinds } from '../src/resources/index.js';

export default defineRule({
  id: 'latest-tag',
  summary: 'Container images are pinned to a tag other than `latest`, or to a digest.',
  rationale:
    'An image without a tag means `:latest`, and `latest` moves: two Pods of the same Deployment can run different code, a rollback redeploys whatever `latest` is today, and nothing in the manifest records what actually runs.',
  fix: 'Reference the image by a version tag (`example/app:1.4.2`) or, better, by digest (`example/app@sha256:…`), and change it on every release.',
  category: 'configuration',
  severity: 'warning',
  kinds: workloadKinds,
  preset: 'recommended',
  messages: {
    noTag: 'Container "{{container}}" uses image "{{image}}" without a tag, which means latest.',
    latest: 'Container "{{container}}" uses image "{{image}}" with the latest tag.',
  },
  peers: { kubeLinter: 'latest-tag', kubeScore: 'container-image-tag', polaris: 'tagNotSpecified' },
  peerDifferences: 'An image pinned by digest passes even without a tag (or with `:latest` before the digest), since the digest fixes its content; so does a `ko://` import path, which `ko resolve` replaces with a digest-pinned image before anything is applied.',
  check({ resource, report }) {
    for (const container of containersOf(resource)) {
      // ephemeral containers are interactive debugging sessions, not part of the release
      if (container.kind === 'ephemeral') continue;
      const image = container.spec.image;
      // a workload template may leave the image to a controller or a later patch
      if (typeof image !== 'string' || image.trim() === '') continue;
      // ko (Knative, Tekton) builds `ko://<import path>` and writes the image by digest in its place
      if (image.trim().startsWith('ko://')) continue;
      const reference = parseImageReference(image.trim());
      if (reference.digest) continue;
      const data = { container: container.name, image };
      if (!reference.tag) report({ messageId: 'noTag', path: [...container.path, 'image'], data });
      else if (reference.tag === 'latest') report({ messageId: 'latest', path: [...container.path, 'image'], data });
    }
  },
});
