/**
 * A host name as politeness counts it: `arxiv.org.` (a fully qualified name, trailing dot and all)
 * and `ARXIV.org` are the same host as `arxiv.org`, so they share its slots, interval and pauses.
 */
export function normalizeHost(host: string): string {
  // A loop, not /\.+$/: that regex takes quadratic time on a long run of dots followed by a letter.
  let end = host.length;
  while (end > 0 && host.charCodeAt(end - 1) === 0x2e) end -= 1;
  return host.slice(0, end).toLowerCase();
}

/**
 * The setting for a host name, or else for the nearest parent domain that has one (`arxiv.org`'s
 * for `export.arxiv.org`). `settings` is keyed by normalised host names.
 */
export function settingForHost<T>(settings: ReadonlyMap<string, T>, hostname: string): T | undefined {
  const host = normalizeHost(hostname);
  for (let name = host; name.includes('.'); name = name.slice(name.indexOf('.') + 1)) {
    const setting = settings.get(name);
    if (setting !== undefined) return setting;
  }
  return settings.get(host);
}

/** Whether `hostname` is `domain` or one of its subdomains. */
export function isHostOrSubdomain(hostname: string, domain: string): boolean {
  const host = normalizeHost(hostname);
  const parent = normalizeHost(domain);
  return host === parent || host.endsWith(`.${parent}`);
}
