import { chmodSync, linkSync, lstatSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { folderWith, runCli, runCliAsync } from '../helpers/cli.js';
import { send, startServer, type TestServer } from '../servers/http.js';

/** A list with one repair for --fix to make (the missing trailing pipe) and one link. */
// A look-alike pipe: an error --fix repairs whatever the table's habits (issue 12 made a missing outer pipe a matter of habit).
const broken = (url: string) => `# Papers\n\n| Title | Venue |\n|---|---|\n| [A paper](${url}) ｜ ICML 2021 |\n`;
const repaired = (url: string) => `# Papers\n\n| Title | Venue |\n|---|---|\n| [A paper](${url}) | ICML 2021 |\n`;

describe('--fix never loses an edit, and never writes what it may not (issue 11)', () => {
  const servers: TestServer[] = [];
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.close()));
  });

  it('an edit made to the list during a --fix --links run is kept: nothing is written, exit 2, one line', async () => {
    const dir = folderWith({});
    const file = join(dir, 'README.md');
    const edit = '\n<!-- a person saved this while lint-list was checking links -->\n';
    // The link's server edits the list before it answers: the edit always falls inside the run.
    let edits = 0;
    const server = await startServer('127.0.0.1', (_req, res) => {
      if (edits++ === 0) writeFileSync(file, readFileSync(file, 'utf8') + edit);
      send(res, 200);
    });
    servers.push(server);
    const url = server.url('/paper');
    writeFileSync(file, broken(url));
    const run = await runCliAsync(['--fix', '--links', '--allow-private-hosts'], { cwd: dir });
    expect(edits).toBe(1);
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: 'lint-list: README.md changed while lint-list was working (its size changed); nothing was written: run again\n',
    });
    expect(readFileSync(file, 'utf8')).toBe(broken(url) + edit);
    // Run again, as the message says: now the repair is made, the edit kept.
    const again = await runCliAsync(['--fix', '--links', '--allow-private-hosts'], { cwd: dir });
    expect(again.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(repaired(url) + edit);
  });

  it('a same-size edit is caught too', async () => {
    const dir = folderWith({});
    const file = join(dir, 'README.md');
    const server = await startServer('127.0.0.1', (_req, res) => {
      writeFileSync(file, readFileSync(file, 'utf8').replace('A paper', 'B paper'));
      send(res, 200);
    });
    servers.push(server);
    writeFileSync(file, broken(server.url('/p')));
    const run = await runCliAsync(['--fix', '--links', '--allow-private-hosts'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^lint-list: README\.md changed while lint-list was working \((it was modified|its content changed)\); nothing was written: run again\n$/);
    expect(readFileSync(file, 'utf8')).toBe(broken(server.url('/p')).replace('A paper', 'B paper'));
  });

  it('refuses a read-only list and a hard-linked one with one line each; the other lists are still repaired', () => {
    const url = 'https://arxiv.org/abs/2101.00001';
    const dir = folderWith({ 'ro.md': broken(url), 'linked.md': broken(url), 'ok.md': broken(url) });
    chmodSync(join(dir, 'ro.md'), 0o444);
    linkSync(join(dir, 'linked.md'), join(dir, 'other-name.md'));
    const run = runCli(['--fix', 'ro.md', 'linked.md', 'ok.md'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'lint-list: cannot write ro.md: it is read-only (mode 0444); make it writable (chmod u+w) to let lint-list change it\n' +
        'lint-list: cannot write linked.md: it has 2 hard links, and replacing it would split them; give it a single link (copy it) to let lint-list change it\n',
    );
    expect(run.stdout).toBe('✔ no problems in 1 file\n');
    expect(readFileSync(join(dir, 'ro.md'), 'utf8')).toBe(broken(url));
    expect(readFileSync(join(dir, 'linked.md'), 'utf8')).toBe(broken(url));
    expect(readFileSync(join(dir, 'ok.md'), 'utf8')).toBe(repaired(url));
  });

  it('writes through a symlink to its target, and the link stays a link', () => {
    const url = 'https://arxiv.org/abs/2101.00001';
    const dir = folderWith({ 'real.md': broken(url) });
    symlinkSync('real.md', join(dir, 'README.md'));
    const run = runCli(['--fix'], { cwd: dir });
    expect(run).toEqual({ code: 0, stdout: '✔ no problems in 1 file\n', stderr: '' });
    expect(lstatSync(join(dir, 'README.md')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'real.md'), 'utf8')).toBe(repaired(url));
  });
});
