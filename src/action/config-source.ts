import { lstat, readFile } from 'node:fs/promises';
import { posix } from 'node:path';
import * as core from '@actions/core';
import type { Config } from '../config/config.js';
import { configFileName, defaultConfig } from '../config/defaults.js';
import { InputError } from '../errors.js';
import { loadConfig } from '../read-input.js';
import { fileOfBase, type Octokit, type PullRequestBase } from './github.js';
import { pathInside } from './workspace.js';

/**
 * The config a run uses. On a schedule it is the workspace's (the default branch). In a pull request
 * the config decides what lint-list connects to (private hosts, headers) and what it skips
 * (`exclude`), so it comes from the pull request's base commit, never from its checkout: a config
 * the pull request changes is named in a notice and not used, its content never printed.
 */
export async function configOfRun(
  explicit: string | undefined,
  workspace: string,
  pullRequestBase: PullRequestBase | undefined,
  octokit: Octokit | undefined,
): Promise<Config> {
  const shown = explicit ?? configFileName;
  // Checked in both modes, so that the input itself can never point out of the workspace.
  const real = await pathInside(workspace, shown, 'config');
  if (pullRequestBase === undefined) return loadConfig(explicit, workspace);

  const path = posix.normalize(shown.replaceAll('\\', '/')).replace(/^\.\//, '');
  const short = pullRequestBase.sha.slice(0, 7);
  const base = await fileOfBase(workspace, pullRequestBase, path, octokit);
  if ('refused' in base) throw new InputError(`cannot read config ${path} of the base commit ${short}: ${base.refused}; lint-list reads the config only from a regular file`);

  let config: Config;
  if ('text' in base) config = (await import('../config/config.js')).parseConfig(base.text, `${path} (base commit ${short})`);
  else {
    if ('unknown' in base) {
      core.warning(`Could not read ${path} of the base commit ${short} (${base.unknown}): checking with the default config. The pull request's own config is never used.`);
    }
    config = defaultConfig();
  }
  const own = await ownText(real);
  const baseText = 'text' in base ? base.text : undefined;
  if (!('unknown' in base) && own !== baseText) {
    core.notice(`This pull request changes ${path}: its config is not used in this check, the base commit's is (${short}). The change takes effect once merged.`);
  }
  return config;
}

/**
 * The checkout's config text, only to compare it with the base's (a stand-in that equals no config
 * for what is not a regular file of a sensible size); undefined when there is none.
 */
async function ownText(real: string): Promise<string | undefined> {
  const info = await lstat(real).catch(() => undefined);
  if (!info) return undefined;
  if (!info.isFile() || info.size > 1024 * 1024) return '\u0000not a config';
  return readFile(real, 'utf8');
}
