#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  closestName,
  countSeverities,
  formatSarif,
  formatStylish,
  lintFiles,
  listFromBytes,
  loadConfig,
  maxListBytes,
  readList,
  readListWithSnapshot
} from "./chunks/chunk-24DCG4LE.js";
import {
  UsageError,
  configFileName,
  isUserError,
  rules
} from "./chunks/chunk-UAS2DYFC.js";
import "./chunks/chunk-LA4L7U6P.js";
import "./chunks/chunk-PVIX2U5C.js";
import "./chunks/chunk-E7S43KQM.js";
import "./chunks/chunk-UEHH3VF2.js";
import {
  maxTimerMs
} from "./chunks/chunk-5BWVF5UA.js";
import {
  version
} from "./chunks/chunk-VS7LWJUL.js";
import "./chunks/chunk-R22RXMMY.js";
import "./chunks/chunk-HANBNIMK.js";

// src/cli.ts
import { resolve as resolve3 } from "node:path";

// src/cli/args.ts
import { parseArgs } from "node:util";
var usage = `Usage: lint-list [options] [files...]

Lints paper tables in markdown lists (default file: README.md). Files may be globs, quoted so the
shell leaves them alone ('docs/**/*.md'); files a .gitignore ignores are left out of a glob's
matches (a file named as it is is always linted). "-" reads the list from standard input.

Options:
  -f, --format <stylish|json|sarif>  output format (default: stylish)
  -c, --config <path>      config file (default: ${configFileName} in the working directory, if present)
  -q, --quiet              report errors only
  --max-warnings <n>       exit 1 when there are more than n warnings
  --exit-zero              exit 0 even when problems are found (usage, config and input errors still exit 2)
  --fix                    repair what can be safely repaired, then report what is left
  --fix-dry-run            print the repairs as a unified diff; write nothing
  --no-color               never colour the output (colours are used only on a terminal)
  --stdin-filename <name>  the name to report standard input ("-") under (default: <stdin>)
  --report-unused-disable-directives  report lint-list-disable comments that switch nothing off (as errors)

Link checking (off unless --links):
  --links                  check that every paper link answers (dead links are errors)
  --timeout <ms>           per-request timeout (default: 15000)
  --retries <n>            retries for 429, 5xx, timeouts and resets (default: 2)
  --concurrency <n>        requests in flight in all (default: 32)
  --host-concurrency <n>   requests in flight per host (default: 4)
  --allow-private-hosts    also check links to loopback and private addresses
  --cache <file>           keep alive/unverified verdicts in this file between runs

Paper metadata (off unless --metadata; combinable with --links, which then checks arXiv links
through arXiv's API):
  --metadata               ask arXiv, Crossref, doi.org and OpenReview about each linked paper:
                           a link to another paper, or to one that does not exist, is an error
                           (--allow-private-hosts and --cache apply here too)

  -h, --help               show this help
  -v, --version            show the version

Exit codes: 0 no errors, 1 errors found (or too many warnings), 2 usage, config or input error
(a file that cannot be read is named on stderr, the others are still linted, and the exit code is 2).`;
var optionSpecs = {
  format: { type: "string", short: "f" },
  config: { type: "string", short: "c" },
  quiet: { type: "boolean", short: "q" },
  "max-warnings": { type: "string" },
  "exit-zero": { type: "boolean" },
  "no-color": { type: "boolean" },
  fix: { type: "boolean" },
  "fix-dry-run": { type: "boolean" },
  "stdin-filename": { type: "string" },
  "report-unused-disable-directives": { type: "boolean" },
  links: { type: "boolean" },
  metadata: { type: "boolean" },
  timeout: { type: "string" },
  retries: { type: "string" },
  concurrency: { type: "string" },
  "host-concurrency": { type: "string" },
  "allow-private-hosts": { type: "boolean" },
  cache: { type: "string" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" }
};
var linkOnlyFlags = ["--timeout", "--retries", "--concurrency", "--host-concurrency", "--allow-private-hosts", "--cache"];
function parseCliArguments(argv) {
  const { values, positionals } = parse(argv);
  const help = values.help === true;
  const version2 = values.version === true;
  const format = values.format ?? "stylish";
  const files = positionals;
  if (help || version2) return { ...quietDefaults, help, version: version2, files };
  if (values.fix && values["fix-dry-run"]) throw new UsageError("--fix and --fix-dry-run exclude each other: pick one");
  if (format !== "stylish" && format !== "json" && format !== "sarif") {
    throw new UsageError(`--format must be "stylish", "json" or "sarif", not "${format}"`);
  }
  const stdin = files.includes("-");
  if (values["stdin-filename"] !== void 0 && !stdin) throw new UsageError('--stdin-filename only applies when "-" (standard input) is among the files');
  if (values["stdin-filename"] === "") throw new UsageError("--stdin-filename needs a name, e.g. --stdin-filename README.md");
  if (values.fix && stdin) throw new UsageError("--fix cannot write standard input back: use --fix-dry-run to see the repairs as a diff");
  const maxWarnings = values["max-warnings"] === void 0 ? void 0 : wholeNumber(values["max-warnings"], "--max-warnings");
  const links = {
    timeout: optionalNumber(values.timeout, "--timeout", 1, maxTimerMs),
    retries: optionalNumber(values.retries, "--retries", 0),
    concurrency: optionalNumber(values.concurrency, "--concurrency", 1),
    hostConcurrency: optionalNumber(values["host-concurrency"], "--host-concurrency", 1),
    allowPrivateHosts: values["allow-private-hosts"] || void 0
  };
  if (!values.links) {
    const sharedWithMetadata = /* @__PURE__ */ new Set(["--allow-private-hosts", "--cache"]);
    const given = linkOnlyFlags.filter((flag) => !(values.metadata && sharedWithMetadata.has(flag))).filter((flag) => argv.some((arg) => arg === flag || arg.startsWith(`${flag}=`)));
    if (given.length > 0) throw new UsageError(`${given.join(", ")} only ${given.length === 1 ? "applies" : "apply"} with --links`);
  }
  return {
    help,
    version: version2,
    format,
    config: values.config,
    quiet: values.quiet === true,
    maxWarnings,
    exitZero: values["exit-zero"] === true,
    noColor: values["no-color"] === true,
    fix: values.fix === true,
    fixDryRun: values["fix-dry-run"] === true,
    stdinFilename: values["stdin-filename"],
    reportUnusedDisableDirectives: values["report-unused-disable-directives"] === true,
    links: values.links ? links : void 0,
    metadata: values.metadata === true,
    allowPrivateHosts: values["allow-private-hosts"] === true,
    cache: values.cache,
    files
  };
}
var quietDefaults = {
  format: "stylish",
  config: void 0,
  quiet: false,
  maxWarnings: void 0,
  exitZero: false,
  noColor: false,
  fix: false,
  fixDryRun: false,
  stdinFilename: void 0,
  reportUnusedDisableDirectives: false,
  links: void 0,
  metadata: false,
  allowPrivateHosts: false,
  cache: void 0
};
function parse(argv) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, strict: true, options: optionSpecs });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const unknown = /^Unknown option '([^']+)'/.exec(message)?.[1];
    if (unknown !== void 0) throw new UsageError(unknownOption(unknown));
    throw new UsageError(`${(message.split(". ")[0] ?? message).replace(/\.$/, "")} (see lint-list --help)`);
  }
}
function unknownOption(option) {
  const long = option.startsWith("--") ? option.slice(2).split("=")[0] ?? "" : "";
  const close = long.length > 1 ? closestName(long, Object.keys(optionSpecs)) : void 0;
  return `Unknown option '${option}'${close ? `: did you mean --${close}?` : ""} (see lint-list --help)`;
}
function wholeNumber(value, flag) {
  if (!/^\d+$/.test(value)) throw new UsageError(`${flag} takes a whole number, not "${value}"`);
  return Number(value);
}
function optionalNumber(value, flag, minimum, maximum) {
  if (value === void 0) return void 0;
  const number = wholeNumber(value, flag);
  if (number < minimum) throw new UsageError(`${flag} must be at least ${minimum}, not ${number}`);
  if (maximum !== void 0 && number > maximum) throw new UsageError(`${flag} must be at most ${maximum} (milliseconds), not ${value}`);
  return number;
}

// src/cli/inputs.ts
import { stat } from "node:fs/promises";
import { resolve } from "node:path";
var stdinName = "<stdin>";
async function findInputs(args, cwd, stdinFilename) {
  const inputs = [];
  const problems = [];
  const seen = /* @__PURE__ */ new Set();
  const add = (input) => {
    const key = input.absolute ?? "-";
    if (seen.has(key)) return;
    seen.add(key);
    inputs.push(input);
  };
  for (const arg of args.length > 0 ? args : ["README.md"]) {
    if (arg === "-") {
      add({ shown: stdinFilename ?? stdinName });
      continue;
    }
    if (/[*?[\]{}()!+@]/.test(arg) && !await exists(resolve(cwd, arg))) {
      const { expandGlob, isGlob } = await import("./chunks/globs-26TXSZ6I.js");
      if (isGlob(arg)) {
        const { files, ignored } = await expandGlob(arg, cwd);
        if (files.length === 0) problems.push(`no file matches ${arg}${ignored > 0 ? ` (.gitignore ignores the ${ignored === 1 ? "one" : ignored} that ${ignored === 1 ? "does" : "do"})` : ""}`);
        for (const file of files) add({ shown: file, absolute: resolve(cwd, file) });
        continue;
      }
    }
    add({ shown: arg, absolute: resolve(cwd, arg) });
  }
  return { inputs, problems };
}
async function readInputs(inputs, options) {
  const outcomes = await Promise.all(
    inputs.map(async (input) => {
      try {
        if (input.absolute === void 0) return { path: input.shown, text: listFromBytes(await options.readStdin(), input.shown) };
        if (options.forFix) return { path: input.shown, ...await readListWithSnapshot(input.absolute, input.shown) };
        return { path: input.shown, text: await readList(input.absolute, input.shown) };
      } catch (error) {
        if (isUserError(error)) return { problem: error.message };
        throw error;
      }
    })
  );
  const lists = [];
  const problems = [];
  for (const outcome of outcomes) {
    if ("problem" in outcome) problems.push(outcome.problem);
    else lists.push(outcome);
  }
  return { lists, problems };
}
var exists = (path) => stat(path).then(() => true, () => false);
async function readAll(stream, limit) {
  const chunks = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    chunks.push(bytes);
    size += bytes.length;
    if (size > limit) break;
  }
  return Buffer.concat(chunks);
}

// src/cli/output.ts
import { resolve as resolve2 } from "node:path";

// src/report/json.ts
function formatJson(files, links) {
  const report2 = {
    files: files.map((file) => ({
      path: file.path,
      messages: file.messages.map((m) => ({
        ruleId: m.ruleId,
        severity: m.severity,
        line: m.line,
        column: m.column,
        endLine: m.endLine,
        endColumn: m.endColumn,
        message: m.message,
        fixable: m.fix !== void 0 && m.fix.length > 0,
        ...m.suggestion && {
          suggestion: { text: m.suggestion.text, source: m.suggestion.source, url: m.suggestion.url ?? null }
        }
      }))
    })),
    summary: countSeverities(files),
    ...links && {
      links: links.map((link) => ({
        url: link.url,
        verdict: link.verdict,
        status: link.status ?? null,
        finalUrl: link.finalUrl ?? null,
        reason: link.reason ?? null,
        occurrences: link.occurrences.map(({ path, line, column }) => ({ path, line, column }))
      }))
    }
  };
  return `${JSON.stringify(report2, null, 2)}
`;
}

// src/cli/output.ts
async function report(args, io, files, all, gathered) {
  const { links, papers } = gathered;
  if (args.fixDryRun) io.stdout(await repairsAsDiff(all));
  else if (args.format === "json") io.stdout(formatJson(files, links));
  else if (args.format === "sarif") io.stdout(formatSarif(files, rules));
  else io.stdout(formatStylish(files, { color: useColor(io, args.noColor), ...links && { links }, ...papers && { papers } }));
}
function reported(files, args) {
  return files.map((file) => {
    const unused = args.reportUnusedDisableDirectives ? file.unusedDirectives ?? [] : [];
    const messages = unused.length > 0 ? [...file.messages, ...unused].sort(byPlace) : file.messages;
    return { path: file.path, messages: args.quiet ? messages.filter((m) => m.severity === "error") : messages };
  });
}
var byPlace = (a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId) || a.message.localeCompare(b.message);
async function writeRepairs(files, expected, cwd) {
  const { writeAtomically } = await import("./chunks/atomic-write-QJZOJZOP.js");
  const refused = /* @__PURE__ */ new Map();
  for (const file of files) {
    if (file.fixed === file.text) continue;
    const absolute = resolve2(cwd, file.path);
    const snapshot = expected.get(file.path);
    try {
      await writeAtomically(absolute, file.fixed, { ...snapshot && { expected: snapshot } });
    } catch (error) {
      const message = (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";
      refused.set(file.path, message.replaceAll(absolute, file.path));
    }
  }
  return refused;
}
async function repairsAsDiff(files) {
  const { createTwoFilesPatch } = await import("./chunks/libesm-5X7UFDH7.js");
  return files.filter((file) => file.fixed !== file.text).map((file) => createTwoFilesPatch(`a/${file.path}`, `b/${file.path}`, file.text, file.fixed, "", "", { context: 1 })).join("");
}
function useColor(io, noColor) {
  if (noColor || "NO_COLOR" in io.env) return false;
  if (io.env.FORCE_COLOR !== void 0 && io.env.FORCE_COLOR !== "0") return true;
  return io.isTTY;
}
function progressLine(args, io) {
  if (!io.stderrIsTTY || args.format !== "stylish") return void 0;
  const under = /* @__PURE__ */ new Map();
  return (gathering, text, done) => {
    if (done) under.delete(gathering);
    else under.set(gathering, text);
    io.stderr(`\r\x1B[2K${[...under.values()].join(" \xB7 ")}`);
  };
}
function linkGathering(args, cache, progress) {
  return {
    flags: args.links ?? {},
    ...cache && { cache },
    ...progress && {
      onProgress: (checked, total, dead) => progress("links", `checking links: ${checked}/${total}${dead > 0 ? `, ${dead} dead` : ""}`, checked === total)
    }
  };
}
function metadataGathering(args, cache, progress, env = {}) {
  const semanticScholarKey = env.S2_API_KEY?.trim();
  return {
    allowPrivateHosts: args.allowPrivateHosts,
    ...semanticScholarKey && { semanticScholarKey },
    ...cache && { cache },
    ...progress && { onProgress: (done, total) => progress("papers", `looking up papers: ${done}/${total}`, done === total) }
  };
}
async function openCache(path, shown, maxAge, io) {
  const { openLinkCache } = await import("./chunks/cache-file-DZ2UN7S4.js");
  try {
    return await openLinkCache(path, shown, { ...maxAge !== void 0 && { maxAgeMs: maxAge }, warn: (why) => io.stderr(`lint-list: ${why}
`) });
  } catch (error) {
    throw new UsageError(error.message);
  }
}

// src/cli.ts
async function main(argv, io) {
  try {
    return await run(parseCliArguments(argv), io);
  } catch (error) {
    if (isUserError(error)) io.stderr(`lint-list: ${error.message}
`);
    else io.stderr(`lint-list: internal error: ${error instanceof Error ? error.message : String(error)} (please report it with the file that caused it)
`);
    return 2;
  }
}
async function run(args, io) {
  if (args.help || args.version) {
    io.stdout(`${args.help ? usage : version}
`);
    return 0;
  }
  const config = await loadConfig(args.config, io.cwd);
  const found = await findInputs(args.files, io.cwd, args.stdinFilename);
  const read = await readInputs(found.inputs, { forFix: args.fix, readStdin: io.readStdin });
  const problems = [...found.problems, ...read.problems];
  for (const problem of problems) io.stderr(`lint-list: ${problem}
`);
  if (read.lists.length === 0) return 2;
  const fix = args.fix && problems.length === 0;
  if (args.fix && !fix) io.stderr("lint-list: --fix wrote nothing, since not every file could be read\n");
  const cache = (args.links || args.metadata) && args.cache !== void 0 ? await openCache(resolve3(io.cwd, args.cache), args.cache, config.links.cacheMaxAge, io) : void 0;
  if (config.metadata.mailto === void 0 && io.env.LINT_LIST_MAILTO) config.metadata.mailto = io.env.LINT_LIST_MAILTO;
  const progress = progressLine(args, io);
  const outcome = await lintFiles({
    files: read.lists.map(({ path, text }) => ({ path, text })),
    config,
    ...args.links && { links: linkGathering(args, cache?.cache, progress) },
    ...args.metadata && { metadata: metadataGathering(args, cache?.cache, progress, io.env) },
    // --quiet leaves warnings alone, as it does in ESLint: only errors are reported, so only they are repaired.
    ...(fix || args.fixDryRun) && { fix: args.quiet ? { select: (finding) => finding.severity === "error" } : {} },
    ...io.env.LINT_LIST_PARSER === "remark" && { parser: "remark" }
  });
  if (cache) await cache.save();
  for (const notice of outcome.notices) io.stderr(`lint-list: ${notice}
`);
  const expected = new Map(read.lists.flatMap((list) => list.expected ? [[list.path, list.expected]] : []));
  const refused = fix ? await writeRepairs(outcome.files, expected, io.cwd) : /* @__PURE__ */ new Map();
  for (const why of refused.values()) io.stderr(`lint-list: ${why}
`);
  const written = outcome.files.filter((file) => !refused.has(file.path));
  if (written.length === 0) return 2;
  await report(args, io, reported(written, args), written, { links: outcome.links, papers: outcome.papers });
  if (problems.length > 0 || refused.size > 0) return 2;
  const { errors, warnings } = countSeverities(reported(written, { ...args, quiet: false }));
  const tooManyWarnings = args.maxWarnings !== void 0 && warnings > args.maxWarnings;
  if (tooManyWarnings && args.format === "stylish") io.stderr(`lint-list: ${warnings} warnings, more than --max-warnings ${args.maxWarnings}
`);
  if (args.exitZero) return 0;
  return errors > 0 || tooManyWarnings ? 1 : 0;
}
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});
process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin: () => readAll(process.stdin, maxListBytes + 1),
  isTTY: process.stdout.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
  env: process.env,
  cwd: process.cwd()
});
