import { type Resource, type ResourceSet } from '../../resources/index.js';
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
export declare function ingressClassOf(ingress: Resource, set: ResourceSet): IngressClassChoice;
