import { lintResources } from './lint/index.js';
import { compareDiagnostics } from './resources/index.js';
import { validate, type ValidateOptions, type ValidateResult } from './run-validate.js';

/** What to lint: everything `validate` takes, plus rule settings. */
export interface LintOptions extends Omit<ValidateOptions, 'keepResources'> {
  /** `--rule id=level` overrides, applied after the config's `rules:`. */
  rules?: Record<string, string>;
  /** The namespace of objects that name none; overrides the config's `namespace`. */
  namespace?: string;
  /** Report `# drydock-disable` comments that silenced nothing. */
  reportUnusedDisableDirectives?: boolean;
}

/** Everything `validate` reports, plus the findings of the configured best-practice rules. */
export async function lint(options: LintOptions): Promise<ValidateResult> {
  const validated = await validate({ ...options, keepResources: true });
  const { config } = validated;
  const found = await lintResources(validated.resources, {
    extends: config.extends,
    rules: config.rules,
    locations: config.ruleLocations,
    overrides: options.rules,
    kubernetesVersion: validated.kubernetesVersion,
    defaultNamespace: options.namespace ?? config.namespace,
    reportUnusedDisableDirectives: options.reportUnusedDisableDirectives,
  });
  const diagnostics = [...validated.diagnostics, ...found].sort(compareDiagnostics);
  return { ...validated, diagnostics };
}
