import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/config.js';
import { fixText } from '../../src/engine/fix.js';
import { lintText } from '../../src/engine/lint.js';
import { unreachableNetwork } from '../../src/engine/network.js';
import type { LinkResult } from '../../src/links/types.js';

// Issue 12: each class of wrong finding seen on real lists, with rows of the same shapes written
// here, and the real mistakes of the same classes that must stay errors.
const lint = (text: string) => lintText('README.md', text).messages.map((m) => `${m.line} ${m.ruleId} ${m.severity}`);
const md = (...lines: string[]) => `${lines.join('\n')}\n`;

describe('1. tag prefixes are no broken links', () => {
  it('[Acronym] before the title, linked or not, is the list\'s tag', () => {
    const text = md(
      '| Year | Title | Venue |',
      '|---|---|---|',
      '| 2023 | [vLLM] [Efficient Memory Management for Large Language Model Serving](https://arxiv.org/abs/2309.06180) | SOSP 2023 |',
      '| 2024 | 🔥[Mooncake] [A KVCache-centric Disaggregated Architecture](https://arxiv.org/abs/2407.00079) | FAST 2025 |',
    );
    expect(lint(text)).toEqual([]);
  });

  it('a tagged and an untagged copy of one paper in one table are a duplicate', () => {
    const text = md(
      '| Title | Venue |',
      '|---|---|',
      '| [vLLM] [Efficient Memory Management for Large Language Model Serving](https://arxiv.org/abs/2309.06180) | SOSP 2023 |',
      '| [Efficient Memory Management for Large Language Model Serving](https://arxiv.org/abs/2309.06180) | SOSP 2023 |',
    );
    expect(lint(text)).toEqual(['4 duplicate-title error']);
  });

  it('a title left in link brackets with nothing after it is still a lost link', () => {
    expect(lint(md('| Title | Venue |', '|---|---|', '| [Measuring the Instability of Fine-Tuning] | arXiv [cs.CL] |'))).toEqual(['3 link-syntax error']);
  });
});

describe('2. hidden cells', () => {
  const table = (...rows: string[]) => md('| Title | Venue |', '|---|---|', ...rows);
  it('an extra cell holding only a hidden marker on every row is the list\'s convention', () => {
    expect(lint(table(
      '| [A Paper](https://arxiv.org/abs/2101.00001) | ICML 2021 | [//]: #Recommend |',
      '| [B Paper](https://arxiv.org/abs/2101.00002) | ICML 2021 | [//]: #Recommend |',
      '| [C Paper](https://arxiv.org/abs/2101.00003) | ICML 2021 | [//]: #Recommend |',
    ))).toEqual([]);
  });

  it('an extra cell holding visible text GitHub drops stays an error', () => {
    expect(lint(table(
      '| [A Paper](https://arxiv.org/abs/2101.00001) | ICML 2021 |',
      '| [B Paper](https://arxiv.org/abs/2101.00002) | ICML 2021 | Oral |',
    ))).toEqual(['4 row-format error']);
  });

  it('one empty extra cell among rows without it is a style warning', () => {
    expect(lint(table(
      '| [A Paper](https://arxiv.org/abs/2101.00001) | ICML 2021 |',
      '| [B Paper](https://arxiv.org/abs/2101.00002) | ICML 2021 ||',
      '| [C Paper](https://arxiv.org/abs/2101.00003) | ICML 2021 |',
    ))).toEqual(['4 row-format warning']);
  });
});

describe('3. style that renders the same is a warning, or nothing where the table does it', () => {
  it('one row without its trailing pipe among rows with it: a fixable warning', () => {
    const text = md('| Title | Venue |', '|---|---|', '| [A Paper](https://arxiv.org/abs/2101.00001) | ICML 2021 |', '| [B Paper](https://arxiv.org/abs/2101.00002) | ICML 2021', '| [C Paper](https://arxiv.org/abs/2101.00003) | ICML 2021 |');
    const messages = lintText('README.md', text).messages;
    expect(messages.map((m) => [m.line, m.ruleId, m.severity, m.fix !== undefined])).toEqual([[4, 'row-format', 'warning', true]]);
  });

  it('a table whose rows mostly go without outer pipes: nothing', () => {
    const text = md('Date|Method|Title', '---|---|---', '24-01|A|[A Paper](https://arxiv.org/abs/2101.00001)', '24-02|B|[B Paper](https://arxiv.org/abs/2101.00002)', '| 24-03 | C | [C Paper](https://arxiv.org/abs/2101.00003) |');
    expect(lint(text)).toEqual([]);
  });

  it("a ']' where the closing pipe belongs stays an error, and is not 'repaired' with a pipe", () => {
    const text = md('| Title | Venue |', '|---|---|', '| [A Paper](https://arxiv.org/abs/2101.00001) | ICML 2021 |', '| [B Paper](https://arxiv.org/abs/2101.00002) | ICML 2021 ]');
    const messages = lintText('README.md', text).messages.filter((m) => m.ruleId === 'row-format');
    expect(messages.map((m) => [m.line, m.ruleId, m.severity, m.fix !== undefined])).toEqual([[4, 'row-format', 'error', false]]);
  });

  it('look-alike pipes and a torn link stay errors', () => {
    expect(lint(md('| Title | Venue |', '|---|---|', '| [A Paper](https://arxiv.org/abs/2101.00001) ｜ ICML 2021 |', '| [B Paper | more](https://arxiv.org/abs/2101.00002) | ICML 2021 |'))).toEqual(['3 row-format error', '4 row-format error']);
  });

  it('a row cut off from its table by a blank line stays an error', () => {
    expect(lint(md('| Title | Venue |', '|---|---|', '| [A Paper](https://arxiv.org/abs/2101.00001) | ICML 2021 |', '', '| [B Paper](https://arxiv.org/abs/2101.00002) | ICML 2021 |'))).toEqual(['5 row-format error']);
  });
});

describe('4. column roles', () => {
  it('a Name column beside the Paper Title column is no title: shared acronyms and N/A names are no duplicates', () => {
    const text = md(
      '| Name | Paper Title | Venue |',
      '|---|---|---|',
      '| TransRec | [Towards Universal Sequence Representation Learning](https://arxiv.org/abs/2206.05941) | KDD 2022 |',
      '| TransRec | [TransRec: Learning Transferable Recommendation from Mixture-of-Modality Feedback](https://arxiv.org/abs/2206.06190) | arXiv 2022 |',
      '| N/A | [Is ChatGPT a Good Recommender?](https://arxiv.org/abs/2304.10149) | arXiv 2023 |',
      '| N/A | [Uncovering ChatGPT\'s Capabilities in Recommender Systems](https://arxiv.org/abs/2305.02182) | RecSys 2023 |',
    );
    expect(lint(text)).toEqual([]);
  });

  it('a template row that repeats its headers, or links to the word "link", is no paper', () => {
    const text = md('| Year | Venue | Title | Paper |', '|---|---|---|---|', '| 20XX | Venue | Title | [[Paper]](link) |', '| 2024 | VIS | [A Real Paper](https://arxiv.org/abs/2401.00001) | [[Paper]](https://arxiv.org/abs/2401.00001) |');
    expect(lint(text)).toEqual([]);
  });
});

describe('5. cross-listing', () => {
  const paper = (title: string, id: string, venue = 'ICML 2021') => `| [${title}](https://arxiv.org/abs/${id}) | ${venue} |`;
  const section = (heading: string, ...rows: string[]) => ['', `## ${heading}`, '', '| Title | Venue |', '|---|---|', ...rows];

  it('the same paper twice in one table stays an error', () => {
    expect(lint(md(...section('Methods', paper('A Paper', '2101.00001'), paper('A Paper', '2101.00001'))))).toEqual(['7 duplicate-title error']);
  });

  it('under another section, once: a warning naming that section', () => {
    const text = md(...section('Methods', paper('A Paper', '2101.00001')), ...section('Benchmarks', paper('A Paper', '2101.00001')));
    const messages = lintText('README.md', text).messages;
    expect(messages.map((m) => `${m.line} ${m.ruleId} ${m.severity}`)).toEqual(['12 duplicate-title warning']);
    expect(messages[0]?.message).toContain("line 6 (under 'Methods')");
  });

  it('a list that cross-lists as a habit: nothing', () => {
    const rows = ['2101.00001', '2101.00002', '2101.00003'].map((id, i) => paper(`Paper ${'ABC'[i]}`, id));
    expect(lint(md(...section('Methods', ...rows), ...section('Benchmarks', ...rows)))).toEqual([]);
  });

  it('…unless the copies disagree on the venue: a warning', () => {
    const rows = ['2101.00001', '2101.00002', '2101.00003'].map((id, i) => paper(`Paper ${'ABC'[i]}`, id));
    const text = md(...section('Methods', ...rows), ...section('Benchmarks', ...rows.slice(0, 2), paper('Paper C', '2101.00003', 'NeurIPS 2021')));
    expect(lint(text)).toEqual(['16 duplicate-title warning']);
  });

  it('two year sections cannot both hold a paper: an error', () => {
    const text = md(...section('2020', paper('A Paper', '2101.00001')), ...section('2021', paper('A Paper', '2101.00001')));
    expect(lint(text)).toEqual(['12 duplicate-title error']);
  });

  it('one title with two different arXiv ids is an error wherever it is', () => {
    const text = md(...section('Methods', paper('A Paper', '2101.00001')), ...section('Benchmarks', paper('A Paper', '2102.00002')));
    expect(lint(text)).toEqual(['12 duplicate-title error']);
  });
});

describe('6. canonical venue spellings win over the majority', () => {
  it("the list's majority 'arxiv' never turns a correct 'arXiv' into it; --fix writes arXiv", async () => {
    const text = md('| Title | Venue |', '|---|---|', '| [A](https://arxiv.org/abs/2101.00001) | arxiv |', '| [B](https://arxiv.org/abs/2101.00002) | arxiv |', '| [C](https://arxiv.org/abs/2101.00003) | arXiv |', '| [D](https://arxiv.org/abs/2101.00004) | arXiv |', '| [E](https://arxiv.org/abs/2101.00005) | arXiv |');
    expect(lint(text)).toEqual(['3 venue-format warning', '4 venue-format warning']);
    const fixed = (await fixText('README.md', text, defaultConfig())).text;
    expect(fixed).toBe(text.replaceAll('| arxiv |', '| arXiv |'));
  });
});

describe('7. --fix never makes a broken row look finished', () => {
  it('a row split over two lines is one error and --fix leaves both halves alone', async () => {
    const text = md('| Name | Title | Venue |', '|---|---|---|', '| A | [A Paper](https://arxiv.org/abs/2101.00001) | ICML 2021 |', '| B | [B Paper: a long title split', 'over two lines](https://arxiv.org/abs/2101.00002) | ICML 2021 |', '| C | [C Paper](https://arxiv.org/abs/2101.00003) | ICML 2021 |');
    expect(lint(text)).toEqual(['4 row-format error']);
    expect((await fixText('README.md', text, defaultConfig())).text).toBe(text);
  });
});

describe('8. what was missed', () => {
  const table = (...rows: string[]) => md('| Title | Venue | Paper |', '|---|---|---|', ...rows);
  it('a markdown link pasted as a link target (fixable)', () => {
    const messages = lintText('README.md', table('| A Paper | ICML 2021 | [Link]([https://dl.acm.org/doi/10.1145/1](https://arxiv.org/abs/2101.00001)) |')).messages;
    expect(messages.map((m) => [m.line, m.ruleId, m.severity, m.fix !== undefined])).toEqual([[3, 'link-syntax', 'error', true]]);
  });
  it('an empty target in double brackets where the paper goes', () => {
    expect(lint(table('| [A Paper](https://arxiv.org/abs/2101.00001) | ICML 2021 | [[pdf]]() |'))).toEqual(['3 link-syntax error']);
  });
  it('a malformed arXiv id in a link', () => {
    expect(lint(table('| [A Paper](https://arxiv.org/abs/2006.08509l) | ICML 2021 | |'))).toEqual(['3 link-syntax error']);
  });
  it('two papers on one line', () => {
    expect(lint(md('| Title | Venue |', '|---|---|', '| [A Paper](https://arxiv.org/abs/2101.00001) | ICML 2021 | [B Paper](https://arxiv.org/abs/2101.00002) | ICML 2021 |'))).toEqual(['3 row-format error']);
  });
});

describe('9. advice that says what is known', () => {
  it('two titles on one arXiv id: the same paper retitled, or a wrong link', () => {
    const text = md('| Title | Venue |', '|---|---|', '| [Git Re-Basin: Merging Models modulo Permutation Symmetries](https://arxiv.org/abs/2209.04836) | ICLR 2023 |', '| [Topology of Deep Neural Networks](https://arxiv.org/abs/2209.04836) | JMLR 2020 |');
    const [message] = lintText('README.md', text).messages;
    expect(message?.message).toBe("This link points at arXiv 2209.04836, which line 3 already uses for 'Git Re-Basin: Merging Models modulo Permutation Symmetries': either the same paper listed twice under another title (keep one row), or a wrong link (link this row to its own paper).");
  });
});

describe('10. no network is no dead link', () => {
  const result = (url: string, verdict: LinkResult['verdict'], reason?: string): LinkResult => ({ url, verdict, ...(reason && { reason }), occurrences: [] });
  it('every host unresolvable: unverified, and one notice', () => {
    const { results, notice } = unreachableNetwork([result('https://a.example/1', 'dead', 'unknown host a.example'), result('https://b.example/2', 'dead', 'unknown host b.example')]);
    expect(results.map((r) => r.verdict)).toEqual(['unverified', 'unverified']);
    expect(notice).toMatch(/^No link could be checked: every request to 2 hosts failed/);
  });
  it('one host unknown among others that answer: that link is dead', () => {
    const input = [result('https://a.example/1', 'dead', 'unknown host a.example'), result('https://b.example/2', 'alive')];
    expect(unreachableNetwork(input)).toEqual({ results: input });
  });
});
