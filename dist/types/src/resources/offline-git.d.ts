/**
 * The environment drydock runs git in: offline, always. In a partial clone (`--filter=blob:none`)
 * git fetches a missing blob from the remote as soon as it is asked for one; here it answers that
 * the object is missing instead. `GIT_NO_LAZY_FETCH` says so from git 2.44; on older versions
 * `GIT_ALLOW_PROTOCOL=file` refuses every network transport. Git never prompts for credentials.
 */
export declare function offlineGitEnv(): NodeJS.ProcessEnv;
