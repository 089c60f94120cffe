// The core asks for remark synchronously; the edges load it on demand (src/parse/parser.ts). Tests
// call the core directly, so every test file starts with it loaded. test/parse/parser.test.ts checks
// the on-demand loading itself, on a fresh copy of the module.
import { loadMarkdownParser } from '../src/parse/parser.js';

await loadMarkdownParser();
