/** drydock's version; the build keeps it in step with package.json (a test checks it). */
export declare const version = "0.1.0";
