/** Kept equal to package.json's version by a test; bundled into dist without reading files at run time. */
export const version = '0.1.0';
export const repositoryUrl = 'https://github.com/lint-list/lint-list';
