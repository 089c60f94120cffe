import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/meta.ts
var version = "0.1.0";
var repositoryUrl = "https://github.com/lint-list/lint-list";

export {
  version,
  repositoryUrl
};
