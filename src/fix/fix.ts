import type { Config } from '../config/config.js';
import { lintModel, stripBom } from '../lint.js';
import { buildModel } from '../parse/markdown.js';
import type { ListModel } from '../parse/model.js';
import type { Finding } from '../rules/types.js';
import { applyFixes } from './apply.js';

/** Rounds of lint-and-repair before giving up on reaching a fixed point (each round repairs something). */
const maxRounds = 10;

export interface FixOutcome {
  /** The repaired text, BOM and all; identical to the input when nothing was repaired. */
  text: string;
  /** How many findings were repaired. */
  repaired: number;
}

/**
 * Repairs what can be repaired in one file. `extra(model)` gives findings from outside the model
 * rules for a text (the dead-link rule's permanent redirects); `select` picks which findings may be
 * repaired (all by default; only errors with --quiet). The text is linted again after each round, so
 * a repair that had to wait for another one is made too and a second --fix changes nothing.
 */
export function fixText(
  path: string,
  original: string,
  config: Config,
  options: { extra?: (model: ListModel) => Finding[]; select?: (finding: Finding) => boolean } = {},
): FixOutcome {
  const bom = original.length - stripBom(original).length;
  let text = stripBom(original);
  let repaired = 0;
  for (let round = 0; round < maxRounds; round += 1) {
    // `text` has lost its byte order mark already: a second U+FEFF is content, not another mark.
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

