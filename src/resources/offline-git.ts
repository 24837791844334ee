/**
 * The environment drydock runs git in: offline, always. In a partial clone (`--filter=blob:none`)
 * git fetches a missing blob from the remote as soon as it is asked for one; here it answers that
 * the object is missing instead. `GIT_NO_LAZY_FETCH` says so from git 2.44; on older versions
 * `GIT_ALLOW_PROTOCOL=file` refuses every network transport. Git never prompts for credentials.
 */
export function offlineGitEnv(): NodeJS.ProcessEnv {
  return { ...process.env, GIT_NO_LAZY_FETCH: '1', GIT_ALLOW_PROTOCOL: 'file', GIT_TERMINAL_PROMPT: '0' };
}
