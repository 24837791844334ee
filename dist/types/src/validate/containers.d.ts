import { type ContainerRef, type Resource } from '../resources/index.js';
/** containersOf(resource), computed once for consecutive checks of the same resource. */
export declare function containersIn(resource: Resource): readonly ContainerRef[];
