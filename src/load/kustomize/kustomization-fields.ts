import type { BuildContext, Kustomization } from './build-context.js';
import { kustomizeDiagnostic } from './kustomize-diagnostic.js';

/** The fields drydock builds (generators are K2's module; sortOptions only orders output). */
const built = new Set([
  'apiVersion', 'kind', 'metadata', 'resources', 'bases', 'components', 'namespace', 'namePrefix', 'nameSuffix',
  'commonLabels', 'labels', 'commonAnnotations', 'images', 'replicas', 'patches', 'patchesStrategicMerge',
  'patchesJson6902', 'configMapGenerator', 'secretGenerator', 'generatorOptions', 'sortOptions',
]);

/** kustomize fields that drydock does not build: the built objects would lack their effect. */
const notBuilt = new Set([
  'vars', 'replacements', 'helmCharts', 'helmGlobals', 'helmChartInflationGenerator', 'openapi', 'crds',
  'transformers', 'generators', 'validators', 'configurations', 'buildMetadata', 'inventory', 'imageTags',
]);

/** Notes the fields a build leaves out (a warning naming each), and refuses unknown ones as kustomize does. */
export function checkFields(context: BuildContext, kustomization: Kustomization): void {
  for (const field of Object.keys(kustomization.value)) {
    if (built.has(field)) continue;
    const at = kustomization.at([field], 'key');
    if (notBuilt.has(field)) {
      context.report(kustomizeDiagnostic('unsupported-field', 'warning', `not built: drydock does not apply ${field} yet, so the built objects lack what it would change`, at));
    } else {
      context.invalid(at, 'kustomize refuses a kustomization with this unknown field');
    }
  }
}
