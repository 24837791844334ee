import { type ApiCheck } from '../api-check.js';
/** ValidateService's type rules: ExternalName, headless clusterIP and the need for ports. */
export declare const serviceType: ApiCheck;
