import type { LinksConfig } from '../config/config.js';
import { defaultLinkCheckOptions, type HostOverride, type LinkCheckOptions } from '../links/types.js';

/** What the command line says about link checking; unset means "as the config or the default says". */
export interface LinkFlags {
  timeout?: number;
  retries?: number;
  concurrency?: number;
  hostConcurrency?: number;
  allowPrivateHosts?: boolean;
}

/** A sweep of a large list must end: by default half an hour, whatever the hosts do. */
const defaultTotalTimeoutMs = 30 * 60 * 1000;

/** The link checker's options: flags win over the config file, which wins over the defaults. */
export function linkCheckOptions(config: LinksConfig, flags: LinkFlags): LinkCheckOptions {
  const hosts: Record<string, HostOverride> = { ...defaultLinkCheckOptions.hosts };
  for (const [host, setting] of Object.entries(config.hosts)) {
    hosts[host] = {
      ...hosts[host],
      ...(setting.concurrency !== undefined && { concurrency: setting.concurrency }),
      ...(setting.interval !== undefined && { intervalMs: setting.interval }),
      ...(setting.headers !== undefined && { headers: setting.headers }),
    };
  }
  return {
    ...defaultLinkCheckOptions,
    timeoutMs: flags.timeout ?? config.timeout ?? defaultLinkCheckOptions.timeoutMs,
    retries: flags.retries ?? config.retries ?? defaultLinkCheckOptions.retries,
    concurrency: flags.concurrency ?? config.concurrency ?? defaultLinkCheckOptions.concurrency,
    hostConcurrency: flags.hostConcurrency ?? config.hostConcurrency ?? defaultLinkCheckOptions.hostConcurrency,
    hosts,
    acceptStatus: config.acceptStatus,
    userAgent: config.userAgent ?? defaultLinkCheckOptions.userAgent,
    allowPrivateHosts: flags.allowPrivateHosts ? true : config.allowPrivateHosts,
    exclude: config.exclude,
    maxRetryAfterMs: config.maxRetryAfter ?? defaultLinkCheckOptions.maxRetryAfterMs,
    totalTimeoutMs: config.totalTimeout ?? defaultTotalTimeoutMs,
  };
}
