#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  UsageError,
  configFileName,
  countSeverities,
  formatSarif,
  formatStylish,
  isUserError,
  lintFiles,
  loadConfig,
  readList,
  rules
} from "./chunks/chunk-VZWJZ77Z.js";
import {
  version
} from "./chunks/chunk-XQ5I7ETK.js";
import "./chunks/chunk-R22RXMMY.js";
import "./chunks/chunk-HANBNIMK.js";

// src/cli.ts
import { resolve } from "node:path";

// src/cli/args.ts
import { parseArgs } from "node:util";
var usage = `Usage: lint-list [options] [files...]

Lints paper tables in markdown lists (default file: README.md).

Options:
  --format <stylish|json|sarif>  output format (default: stylish)
  --config <path>          config file (default: ${configFileName} in the working directory, if present)
  --quiet                  report errors only
  --max-warnings <n>       exit 1 when there are more than n warnings
  --exit-zero              exit 0 even when problems are found (usage, config and input errors still exit 2)
  --fix                    repair what can be safely repaired, then report what is left
  --fix-dry-run            print the repairs as a unified diff; write nothing
  --no-color               never colour the output (colours are used only on a terminal)

Link checking (off unless --links):
  --links                  check that every paper link answers (dead links are errors)
  --timeout <ms>           per-request timeout (default: 15000)
  --retries <n>            retries for 429, 5xx, timeouts and resets (default: 2)
  --concurrency <n>        requests in flight in all (default: 32)
  --host-concurrency <n>   requests in flight per host (default: 4)
  --allow-private-hosts    also check links to loopback and private addresses
  --cache <file>           keep alive/unverified verdicts in this file between runs
  -h, --help               show this help
  -v, --version            show the version

Exit codes: 0 no errors, 1 errors found (or too many warnings), 2 usage, config or input error.`;
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
  const maxWarnings = values["max-warnings"] === void 0 ? void 0 : wholeNumber(values["max-warnings"], "--max-warnings");
  const links = {
    timeout: optionalNumber(values.timeout, "--timeout", 1),
    retries: optionalNumber(values.retries, "--retries", 0),
    concurrency: optionalNumber(values.concurrency, "--concurrency", 1),
    hostConcurrency: optionalNumber(values["host-concurrency"], "--host-concurrency", 1),
    allowPrivateHosts: values["allow-private-hosts"] || void 0
  };
  if (!values.links) {
    const given = linkOnlyFlags.filter((flag) => argv.some((arg) => arg === flag || arg.startsWith(`${flag}=`)));
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
    links: values.links ? links : void 0,
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
  links: void 0,
  cache: void 0
};
function parse(argv) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: "string", short: "f" },
        config: { type: "string", short: "c" },
        quiet: { type: "boolean", short: "q" },
        "max-warnings": { type: "string" },
        "exit-zero": { type: "boolean" },
        "no-color": { type: "boolean" },
        links: { type: "boolean" },
        fix: { type: "boolean" },
        "fix-dry-run": { type: "boolean" },
        timeout: { type: "string" },
        retries: { type: "string" },
        concurrency: { type: "string" },
        "host-concurrency": { type: "string" },
        "allow-private-hosts": { type: "boolean" },
        cache: { type: "string" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" }
      }
    });
  } catch (error) {
    const message = error instanceof Error ? error.message.split(". ")[0] ?? error.message : String(error);
    throw new UsageError(`${message.replace(/\.$/, "")} (see lint-list --help)`);
  }
}
function wholeNumber(value, flag) {
  if (!/^\d+$/.test(value)) throw new UsageError(`${flag} takes a whole number, not "${value}"`);
  return Number(value);
}
function optionalNumber(value, flag, minimum) {
  if (value === void 0) return void 0;
  const number = wholeNumber(value, flag);
  if (number < minimum) throw new UsageError(`${flag} must be at least ${minimum}, not ${number}`);
  return number;
}

// src/report/json.ts
function formatJson(files, links) {
  const report = {
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
        fixable: m.fix !== void 0 && m.fix.length > 0
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
  return `${JSON.stringify(report, null, 2)}
`;
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
  const paths = [...new Set(args.files.length > 0 ? args.files : ["README.md"])];
  const texts = await Promise.all(paths.map((path) => readList(resolve(io.cwd, path), path)));
  const cache = args.links && args.cache !== void 0 ? await openCache(resolve(io.cwd, args.cache), args.cache, config.links.cacheMaxAge) : void 0;
  const outcome = await lintFiles({
    files: paths.map((path, i) => ({ path, text: texts[i] })),
    config,
    ...args.links && { links: linkGathering(args, io, cache?.cache) },
    // --quiet leaves warnings alone, as it does in ESLint: only errors are reported, so only they are repaired.
    ...(args.fix || args.fixDryRun) && { fix: args.quiet ? { select: (finding) => finding.severity === "error" } : {} },
    ...io.env.LINT_LIST_PARSER === "remark" && { parser: "remark" }
  });
  if (cache) await cache.save();
  if (args.fix) await writeRepairs(outcome.files, io.cwd);
  const { errors, warnings } = countSeverities(outcome.files);
  const files = args.quiet ? outcome.files.map((file) => ({ ...file, messages: file.messages.filter((m) => m.severity === "error") })) : outcome.files;
  if (args.fixDryRun) io.stdout(await repairsAsDiff(outcome.files));
  else if (args.format === "json") io.stdout(formatJson(files, outcome.links));
  else if (args.format === "sarif") io.stdout(formatSarif(files, rules));
  else io.stdout(formatStylish(files, { color: useColor(io, args.noColor), ...outcome.links && { links: outcome.links } }));
  const tooManyWarnings = args.maxWarnings !== void 0 && warnings > args.maxWarnings;
  if (tooManyWarnings && args.format === "stylish") io.stderr(`lint-list: ${warnings} warnings, more than --max-warnings ${args.maxWarnings}
`);
  if (args.exitZero) return 0;
  return errors > 0 || tooManyWarnings ? 1 : 0;
}
function linkGathering(args, io, cache) {
  const showProgress = io.stderrIsTTY && args.format === "stylish";
  return {
    flags: args.links ?? {},
    ...cache && { cache },
    ...showProgress && {
      onProgress: (checked, total, dead) => {
        io.stderr(`\r\x1B[2Kchecking links: ${checked}/${total}${dead > 0 ? `, ${dead} dead` : ""}`);
        if (checked === total) io.stderr("\r\x1B[2K");
      }
    }
  };
}
async function openCache(path, shown, maxAge) {
  const { openLinkCache } = await import("./chunks/cache-file-NKZVUWLR.js");
  try {
    return await openLinkCache(path, shown, { ...maxAge !== void 0 && { maxAgeMs: maxAge }, warn: (why) => process.stderr.write(`lint-list: ${why}
`) });
  } catch (error) {
    throw new UsageError(error.message);
  }
}
async function writeRepairs(files, cwd) {
  const { writeAtomically } = await import("./chunks/atomic-write-QJZOJZOP.js");
  for (const file of files) {
    if (file.fixed === file.text) continue;
    await writeAtomically(resolve(cwd, file.path), file.fixed).catch((error) => {
      throw new UsageError(error.message);
    });
  }
}
async function repairsAsDiff(files) {
  const { createTwoFilesPatch } = await import("./chunks/libesm-ZL2WAXU2.js");
  return files.filter((file) => file.fixed !== file.text).map((file) => createTwoFilesPatch(`a/${file.path}`, `b/${file.path}`, file.text, file.fixed, "", "", { context: 1 })).join("");
}
function useColor(io, noColor) {
  if (noColor || "NO_COLOR" in io.env) return false;
  if (io.env.FORCE_COLOR !== void 0 && io.env.FORCE_COLOR !== "0") return true;
  return io.isTTY;
}
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});
process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTTY: process.stdout.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
  env: process.env,
  cwd: process.cwd()
});
