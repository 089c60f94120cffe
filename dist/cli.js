#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  ConfigError,
  InputError,
  allRules,
  buildModel,
  configFileName,
  countSeverities,
  deadLinkFindings,
  formatSarif,
  formatStylish,
  lintModel,
  loadConfig,
  loadMarkdownParser,
  modelOf,
  readList,
  stripBom,
  withMarkdownParser
} from "./chunks/chunk-SS5BBFNO.js";
import {
  version
} from "./chunks/chunk-LHL5KN3Q.js";
import "./chunks/chunk-HANBNIMK.js";

// src/cli.ts
import { resolve } from "node:path";
import { parseArgs } from "node:util";

// src/fix/apply.ts
function applyFixes(text, findings) {
  const taken = [];
  let applied = 0;
  const overlaps = (a, b) => a.offset < b.offset + b.length && b.offset < a.offset + a.length || // Two insertions at one place, or an insertion at the edge of a replacement, would be ambiguous.
  a.offset === b.offset || a.length === 0 && a.offset > b.offset && a.offset < b.offset + b.length || b.length === 0 && b.offset > a.offset && b.offset < a.offset + a.length;
  for (const finding of findings) {
    const edits = finding.fix;
    if (!edits || edits.length === 0) continue;
    if (edits.some((edit) => edit.offset < 0 || edit.offset + edit.length > text.length)) continue;
    if (edits.some((edit) => taken.some((other) => overlaps(edit, other)))) continue;
    taken.push(...edits);
    applied += 1;
  }
  taken.sort((a, b) => b.offset - a.offset);
  let output = text;
  for (const edit of taken) output = output.slice(0, edit.offset) + edit.text + output.slice(edit.offset + edit.length);
  return { text: output, applied };
}

// src/fix/fix.ts
var maxRounds = 10;
function fixText(path, original, config, options = {}) {
  const bom = original.length - stripBom(original).length;
  let text = stripBom(original);
  let repaired = 0;
  for (let round = 0; round < maxRounds; round += 1) {
    const model = buildModel(path, text, config.columns);
    const result = lintModel(model, config, options.extra?.(model) ?? []);
    const fixable = result.messages.filter((m) => m.fix && (options.select?.(m) ?? true));
    if (fixable.length === 0) break;
    const next = applyFixes(text, fixable);
    if (next.applied === 0 || next.text === text) break;
    repaired += next.applied;
    text = next.text;
  }
  return { text: original.slice(0, bom) + text, repaired };
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
var UsageError = class extends Error {
};
async function main(argv, io) {
  try {
    return await run(argv, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError || error instanceof InputError) {
      io.stderr(`lint-list: ${error.message}
`);
    } else {
      const reason = error instanceof Error ? error.message : String(error);
      io.stderr(`lint-list: internal error: ${reason} (please report it with the file that caused it)
`);
    }
    return 2;
  }
}
async function run(argv, io) {
  const args = parseArguments(argv);
  if (args.help) {
    io.stdout(`${usage}
`);
    return 0;
  }
  if (args.version) {
    io.stdout(`${version}
`);
    return 0;
  }
  const format = args.format ?? "stylish";
  if (args.fix && args.fixDryRun) throw new UsageError("--fix and --fix-dry-run exclude each other: pick one");
  if (format !== "stylish" && format !== "json" && format !== "sarif") {
    throw new UsageError(`--format must be "stylish", "json" or "sarif", not "${format}"`);
  }
  const maxWarnings = args.maxWarnings === void 0 ? void 0 : wholeNumber(args.maxWarnings, "--max-warnings");
  const linkFlags = {
    timeout: optionalNumber(args.timeout, "--timeout", 1),
    retries: optionalNumber(args.retries, "--retries", 0),
    concurrency: optionalNumber(args.concurrency, "--concurrency", 1),
    hostConcurrency: optionalNumber(args.hostConcurrency, "--host-concurrency", 1),
    allowPrivateHosts: args.allowPrivateHosts || void 0
  };
  if (!args.links) {
    const linkOnly = ["--timeout", "--retries", "--concurrency", "--host-concurrency", "--allow-private-hosts", "--cache"];
    const given = linkOnly.filter((flag) => argv.some((arg) => arg === flag || arg.startsWith(`${flag}=`)));
    if (given.length > 0) throw new UsageError(`${given.join(", ")} only ${given.length === 1 ? "applies" : "apply"} with --links`);
  }
  const config = await loadConfig(args.config, io.cwd);
  const paths = [...new Set(args.files.length > 0 ? args.files : ["README.md"])];
  const texts = await Promise.all(paths.map((path) => readList(resolve(io.cwd, path), path)));
  let models = await withMarkdownParser(() => paths.map((path, i) => modelOf(path, texts[i], config)));
  const links = args.links ? await checkAllLinks(models, config, linkFlags, args.cache, io, format) : void 0;
  const linkFindings = (model) => links ? deadLinkFindings(links, model, config.links.scope) : [];
  if (args.fix || args.fixDryRun) {
    const fixed = await withMarkdownParser(
      () => paths.map(
        (path, i) => fixText(path, texts[i], config, {
          extra: linkFindings,
          // --quiet leaves warnings alone, as it does in ESLint: only errors are reported, so only they are repaired.
          ...args.quiet && { select: (finding) => finding.severity === "error" }
        }).text
      )
    );
    if (args.fixDryRun) {
      const { createTwoFilesPatch } = await import("./chunks/libesm-5X7UFDH7.js");
      const patches = paths.flatMap(
        (path, i) => fixed[i] === texts[i] ? [] : [createTwoFilesPatch(`a/${path}`, `b/${path}`, texts[i], fixed[i], "", "", { context: 1 })]
      );
      io.stdout(patches.join(""));
    } else {
      const { writeAtomically } = await import("./chunks/atomic-write-M4RZSGQT.js");
      for (const [i, path] of paths.entries()) {
        if (fixed[i] !== texts[i]) await writeAtomically(resolve(io.cwd, path), fixed[i]).catch((error) => {
          throw new UsageError(error.message);
        });
      }
    }
    models = await withMarkdownParser(() => models.map((model, i) => fixed[i] === texts[i] ? model : modelOf(model.path, fixed[i], config)));
  }
  let results = models.map((model) => lintModel(model, config, linkFindings(model)));
  const { errors, warnings } = countSeverities(results);
  if (args.quiet) results = results.map((file) => ({ ...file, messages: file.messages.filter((m) => m.severity === "error") }));
  if (args.fixDryRun) {
  } else if (format === "json") io.stdout(formatJson(results, links));
  else if (format === "sarif") io.stdout(formatSarif(results, allRules));
  else io.stdout(formatStylish(results, { color: useColor(io, args.noColor), ...links && { links } }));
  const tooManyWarnings = maxWarnings !== void 0 && warnings > maxWarnings;
  if (tooManyWarnings && format === "stylish") {
    io.stderr(`lint-list: ${warnings} warnings, more than --max-warnings ${maxWarnings}
`);
  }
  if (args.exitZero) return 0;
  return errors > 0 || tooManyWarnings ? 1 : 0;
}
function parseArguments(argv) {
  try {
    const { values, positionals } = parseArgs({
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
    return {
      format: values.format,
      config: values.config,
      quiet: values.quiet === true,
      maxWarnings: values["max-warnings"],
      exitZero: values["exit-zero"] === true,
      noColor: values["no-color"] === true,
      links: values.links === true,
      fix: values.fix === true,
      fixDryRun: values["fix-dry-run"] === true,
      timeout: values.timeout,
      retries: values.retries,
      concurrency: values.concurrency,
      hostConcurrency: values["host-concurrency"],
      allowPrivateHosts: values["allow-private-hosts"] === true,
      cache: values.cache,
      help: values.help === true,
      version: values.version === true,
      files: positionals
    };
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
async function checkAllLinks(models, config, flags, cachePath, io, format) {
  const [{ checkModelLinks }, cacheFile, { defaultCacheMaxAgeMs }] = await Promise.all([
    import("./chunks/run-EMCOHPBT.js"),
    import("./chunks/cache-file-55ZJWYOS.js"),
    import("./chunks/cache-XHNFKK2O.js"),
    // links.scope "all" collects every link of the document from remark's whole tree.
    config.links.scope === "all" ? loadMarkdownParser() : void 0
  ]);
  const cacheAt = cachePath === void 0 ? void 0 : resolve(io.cwd, cachePath);
  let cache;
  if (cacheAt !== void 0) {
    try {
      cache = await cacheFile.readCacheFile(cacheAt, cachePath, config.links.cacheMaxAge ?? defaultCacheMaxAgeMs);
    } catch (error) {
      throw new UsageError(error.message);
    }
  }
  const showProgress = io.stderrIsTTY && format === "stylish";
  const results = await checkModelLinks(models, config, {
    flags,
    ...cache && { cache },
    ...showProgress && {
      onProgress: (checked, total, dead) => {
        io.stderr(`\r\x1B[2Kchecking links: ${checked}/${total}${dead > 0 ? `, ${dead} dead` : ""}`);
        if (checked === total) io.stderr("\r\x1B[2K");
      }
    }
  });
  if (cache && cacheAt !== void 0) {
    try {
      await cacheFile.writeCacheFile(cacheAt, cache, Date.now());
    } catch (error) {
      throw new UsageError(error.message);
    }
  }
  return results;
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
