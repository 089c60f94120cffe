/**
 * Mistakes a person can make, each worded for them: the edges print the message on one line (the
 * CLI exits 2, the Action fails the step), never a stack trace. Anything else thrown is a bug.
 */

/** How lint-list was called: a flag, an argument or an Action input. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** A file lint-list was given cannot be read as a list (missing, binary, not UTF-8, too large). */
export class InputError extends Error {
  override name = 'InputError';
}

/** The config file, with its place (file:line:column). */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

export const isUserError = (error: unknown): error is Error =>
  error instanceof UsageError || error instanceof InputError || error instanceof ConfigError;
