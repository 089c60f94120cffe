import type { Config } from '../config/config.js';
import type { Facts } from '../facts.js';
import { applyFixes } from '../fix/apply.js';
import { buildModel, type ModelOptions, stripBom } from '../parse/build.js';
import type { ListModel } from '../parse/model.js';
import type { Finding } from '../rules/types.js';
import { type LintedFile, lintModel, modelOptionsOf } from './lint.js';

/** Rounds of lint-and-repair before giving up on reaching a fixed point (each round repairs something). */
const maxRounds = 10;

export interface FixOptions {
  /** Facts the rules read (link verdicts give the permanent redirects' repairs). */
  facts?: Facts;
  /** Which findings may be repaired: all by default; only errors with --quiet. */
  select?: (finding: Finding) => boolean;
  /** How to read the list; by default as the config says. */
  modelOptions?: ModelOptions;
  /**
   * Hands over the list's model already built from `original` (its BOM stripped), for the first
   * round; the caller keeps no reference, so that two models of a large list are never held at once.
   */
  takeModel?: () => ListModel | undefined;
}

export interface FixOutcome {
  /** The repaired text, BOM and all; identical to the input when nothing was repaired. */
  text: string;
  /** How many findings were repaired. */
  repaired: number;
  /**
   * The findings of the repaired text, from the round that found nothing more to repair: a caller
   * need not read and lint the text once more (on a 20 MB list that is half the time of --fix).
   * Absent when the rounds ran out first.
   */
  final?: { model: ListModel; linted: LintedFile };
}

/**
 * Repairs what can be repaired in one file. The text is linted again after each round, so a repair
 * that had to wait for another one is made too and a second --fix changes nothing.
 */
export async function fixText(path: string, original: string, config: Config, options: FixOptions = {}): Promise<FixOutcome> {
  const bom = original.length - stripBom(original).length;
  let text = stripBom(original);
  let repaired = 0;
  let given = options.takeModel?.();
  for (let round = 0; round < maxRounds; round += 1) {
    // `text` has lost its byte order mark already: a second U+FEFF is content, not another mark.
    const model = given ?? (await buildModel(path, text, options.modelOptions ?? modelOptionsOf(config)));
    given = undefined;
    const result = lintModel(model, config, options.facts);
    const fixable = result.messages.filter((m) => m.fix && (options.select?.(m) ?? true));
    const next = fixable.length === 0 ? undefined : applyFixes(text, fixable);
    if (!next || next.applied === 0 || next.text === text) return { text: original.slice(0, bom) + text, repaired, final: { model, linted: result } };
    repaired += next.applied;
    text = next.text;
  }
  return { text: original.slice(0, bom) + text, repaired };
}
