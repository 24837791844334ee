import { isObject, valueAt, type Resource, type ResourceSet } from '../../resources/index.js';

/** Where an Ingress's class comes from. */
export interface IngressClassChoice {
  name?: string;
  source: 'spec' | 'annotation' | 'default-class' | 'none';
}

/**
 * The class an Ingress would have: `spec.ingressClassName`, else the deprecated
 * `kubernetes.io/ingress.class` annotation (still honoured by most controllers), else the
 * IngressClass of the input marked default (admission writes it into class-less Ingresses at
 * creation), else none.
 */
export function ingressClassOf(ingress: Resource, set: ResourceSet): IngressClassChoice {
  const spec = valueAt(ingress.object, ['spec', 'ingressClassName']);
  if (typeof spec === 'string' && spec !== '') return { name: spec, source: 'spec' };
  const annotation = valueAt(ingress.object, ['metadata', 'annotations', 'kubernetes.io/ingress.class']);
  if (typeof annotation === 'string' && annotation !== '') return { name: annotation, source: 'annotation' };
  const defaults = set.ofKind('IngressClass').filter(isDefaultClass);
  // with several default classes the API server rejects class-less Ingresses; none applies
  const [only] = defaults;
  return only && defaults.length === 1 ? { name: only.name, source: 'default-class' } : { source: 'none' };
}

function isDefaultClass(ingressClass: Resource): boolean {
  const annotations = valueAt(ingressClass.object, ['metadata', 'annotations']);
  return isObject(annotations) && annotations['ingressclass.kubernetes.io/is-default-class'] === 'true';
}
