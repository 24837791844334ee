import type { BuildContext, Kustomization } from './build-context.js';
/** Notes the fields a build leaves out (a warning naming each), and refuses unknown ones as kustomize does. */
export declare function checkFields(context: BuildContext, kustomization: Kustomization): void;
