import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/http/host.ts
function normalizeHost(host) {
  let end = host.length;
  while (end > 0 && host.charCodeAt(end - 1) === 46) end -= 1;
  return host.slice(0, end).toLowerCase();
}
function settingForHost(settings, hostname) {
  const host = normalizeHost(hostname);
  for (let name = host; name.includes("."); name = name.slice(name.indexOf(".") + 1)) {
    const setting = settings.get(name);
    if (setting !== void 0) return setting;
  }
  return settings.get(host);
}
function isHostOrSubdomain(hostname, domain) {
  const host = normalizeHost(hostname);
  const parent = normalizeHost(domain);
  return host === parent || host.endsWith(`.${parent}`);
}

export {
  normalizeHost,
  settingForHost,
  isHostOrSubdomain
};
