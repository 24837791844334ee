import { readFileSync } from 'node:fs';

const pullRequestEvents = new Set(['pull_request', 'pull_request_target']);

// a SHA-1 or SHA-256 object name: nothing git could read as an option or a revision range
const commitName = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

/**
 * The commit a pull request is judged against: on a `pull_request` or `pull_request_target`
 * event, the payload's `pull_request.base.sha`, else `origin/<GITHUB_BASE_REF>`. Undefined on
 * other events, or when neither is known.
 */
export function pullRequestBase(env: Record<string, string | undefined>): string | undefined {
  if (!pullRequestEvents.has(env.GITHUB_EVENT_NAME ?? '')) return undefined;
  const sha = baseShaOfEvent(env.GITHUB_EVENT_PATH);
  if (sha !== undefined) return sha;
  const branch = env.GITHUB_BASE_REF;
  // a branch name never starts with `-`, so this cannot be read as an option
  return branch && !branch.startsWith('-') ? `origin/${branch}` : undefined;
}

function baseShaOfEvent(file: string | undefined): string | undefined {
  if (!file) return undefined;
  try {
    const event = JSON.parse(readFileSync(file, 'utf8')) as { pull_request?: { base?: { sha?: unknown } } };
    const sha = event.pull_request?.base?.sha;
    return typeof sha === 'string' && commitName.test(sha) ? sha : undefined;
  } catch {
    // no payload, or not JSON: fall back to the base branch
    return undefined;
  }
}
