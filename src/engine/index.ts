import type { Config } from '../config/config.js';
import type { Facts } from '../facts.js';
import { linkKey } from '../identity/paper-id.js';
import type { LinkCache } from '../links/cache.js';
import type { LinkOccurrence, LinkResult } from '../links/types.js';
import { buildModel, stripBom } from '../parse/build.js';
import type { ListModel } from '../parse/model.js';
import { rules } from '../rules/index.js';
import type { FileResult, Finding } from '../rules/types.js';
import { fixText } from './fix.js';
import { type LinkFlags, linkCheckOptions } from './link-options.js';
import { type LintedFile, lintModel, modelOptionsOf } from './lint.js';
import { unreachableNetwork } from './network.js';
import { countPapers, type PaperCounts, type PaperProblems, paperProblemsOf } from './papers.js';

export type { NonexistentPaper, PaperCounts, PaperProblems, TitleMismatch } from './papers.js';

/**
 * Starts asking the metadata sources about every paper the lists link, searching titles for rows
 * without a venue or a link, and looking up related records (loaded only here: a run without
 * --metadata never loads the clients), and gives the arXiv verifier links use meanwhile.
 */
async function metadataRun(config: Config, gathering: MetadataGathering, linkCache: LinkCache | undefined, models: ListModel[]) {
  const [{ gatherMetadata }, { arxivVerifier }, { metadataOptions }, { paperCacheOf }] = await Promise.all([
    import('../metadata/run.js'),
    import('../metadata/gather.js'),
    import('../metadata/options.js'),
    import('../links/cache.js'),
  ]);
  const source = (name: keyof Config['metadata']['sources']) => {
    const given = config.metadata.sources[name] ?? {};
    return { ...(given.url !== undefined && { url: given.url }), ...(given.interval !== undefined && { intervalMs: given.interval }), ...(given.concurrency !== undefined && { concurrency: given.concurrency }) };
  };
  const dblpBudget = config.metadata.sources.dblp?.budget;
  const options = metadataOptions({
    sources: {
      arxiv: source('arxiv'),
      crossref: source('crossref'),
      doi: source('doi'),
      openreview: openReviewSource(config.metadata.sources.openreview, source('openreview')),
      dblp: { ...source('dblp'), ...(dblpBudget !== undefined && { budget: dblpBudget }) },
      semanticScholar: source('semanticScholar'),
    },
    ...(config.metadata.mailto !== undefined && { mailto: config.metadata.mailto }),
    ...(config.metadata.timeout !== undefined && { timeoutMs: config.metadata.timeout }),
    ...(gathering.semanticScholarKey && { semanticScholarKey: gathering.semanticScholarKey }),
    allowPrivateHosts: gathering.allowPrivateHosts ? true : config.links.allowPrivateHosts,
    ...(gathering.onProgress && { onProgress: gathering.onProgress }),
  });
  const cache = linkCache ? paperCacheOf(linkCache) : undefined;
  const run = gatherMetadata(models, options, cache, { ...(gathering.select && { select: gathering.select }) });
  return { papers: run.papers, more: run.more, arxivApi: arxivVerifier(options, cache, run.papers) };
}

/**
 * OpenReview's settings: its v1 API is the public one unless the config names another, and is not
 * asked at all when the config names a v2 `url` alone (a mirror, a test's fake): the run then
 * connects to nothing the config did not name.
 */
function openReviewSource(given: Config['metadata']['sources']['openreview'], settings: { url?: string; intervalMs?: number; concurrency?: number }) {
  if (given?.v1Url !== undefined) return { ...settings, v1Url: given.v1Url };
  return given?.url !== undefined ? { ...settings, v1Url: '' } : settings;
}

/** What the link gathering of a run may be told. */
export interface LinkGathering {
  flags: LinkFlags;
  /** Fresh verdicts are used without a request; the run updates it. */
  cache?: LinkCache;
  /** Only links written at least once where this says yes are requested (a PR's changed lines). */
  select?: (occurrence: LinkOccurrence) => boolean;
  onProgress?: (checked: number, total: number, dead: number) => void;
}

/** What the paper-metadata gathering of a run may be told (`--metadata`). */
export interface MetadataGathering {
  /** Overrides of the sources' settings beyond the config's (tests: loopback servers, private hosts). */
  allowPrivateHosts?: boolean;
  /** The link cache file's cache: papers are kept in its own section. */
  cache?: LinkCache;
  /** Papers linked at least once where this says yes are asked about, and rows whose title starts where it says yes searched (a PR's changed lines). */
  select?: (occurrence: LinkOccurrence) => boolean;
  onProgress?: (done: number, total: number) => void;
  /**
   * Semantic Scholar's API key: the edges read it from `S2_API_KEY` (never from the config file).
   * Without one, Semantic Scholar is not asked.
   */
  semanticScholarKey?: string;
}

export interface LintRequest {
  files: Array<{ path: string; text: string }>;
  config: Config;
  /** Check links (`--links`); gathered only when an enabled rule needs them. */
  links?: LinkGathering;
  /** Ask arXiv, Crossref, doi.org and OpenReview about the linked papers (`--metadata`). */
  metadata?: MetadataGathering;
  /** Repair what can be repaired; `select` picks which findings may be (all by default). */
  fix?: { select?: (finding: Finding) => boolean };
  /** `remark` reads every list with remark, never the line scan (`LINT_LIST_PARSER=remark`). */
  parser?: 'auto' | 'remark';
}

export interface FileOutcome extends FileResult {
  /** The text as given. */
  text: string;
  /** The repaired text (equal to `text` when nothing was repaired or no fix was asked). */
  fixed: string;
}

export interface LintOutcome {
  /** In the order of the request; findings are those of the repaired text when fixing. */
  files: FileOutcome[];
  /** The link verdicts, when links were gathered. */
  links?: LinkResult[];
  /** When papers were looked up (`--metadata`): how many, and what became of them. Not part of the JSON report. */
  papers?: PaperCounts;
  /**
   * When papers were looked up: the title mismatches and nonexistent paper ids among the findings,
   * with both titles and the ids' reasons (the sweep's tracking issue lists them).
   */
  paperProblems?: PaperProblems;
  /** What the person running lint-list should know about the run itself (the network was down). */
  notices: string[];
}

/**
 * The one pipeline both edges call: read every list into a model, gather the facts that enabled
 * rules need and the run asked for, repair when asked, and lint what is left.
 */
export async function lintFiles(request: LintRequest): Promise<LintOutcome> {
  const { config } = request;
  const enabled = rules.filter((rule) => config.rules[rule.id]?.severity !== 'off');
  const gatherLinks = request.links !== undefined && enabled.some((rule) => rule.meta.needs.includes('links'));
  const modelOptions = {
    ...modelOptionsOf(config, gatherLinks && config.links.scope === 'all'),
    parser: request.parser ?? 'auto',
  };
  const texts = request.files.map((file) => stripBom(file.text));
  const models: ListModel[] = [];
  for (const [i, file] of request.files.entries()) models.push(await buildModel(file.path, texts[i] as string, modelOptions));

  const facts: Facts = {};
  const notices: string[] = [];
  const gatherMetadata = request.metadata !== undefined && enabled.some((rule) => rule.meta.needs.includes('metadata'));
  const metadata = gatherMetadata && request.metadata ? await metadataRun(config, request.metadata, request.metadata.cache ?? request.links?.cache, models) : undefined;
  let links: LinkResult[] | undefined;
  if (gatherLinks && request.links) {
    // Loaded only here: a lint without --links never loads undici.
    const { checkModelLinks } = await import('../links/run.js');
    const { flags, cache, select, onProgress } = request.links;
    const network = unreachableNetwork(
      await checkModelLinks(models, config.links.scope, {
        ...linkCheckOptions(config.links, flags),
        ...(cache && { cache }),
        // With --metadata, arXiv pages are verified through the API's batches, not fetched one by one.
        ...(metadata && { arxivApi: metadata.arxivApi }),
        ...(onProgress && { onProgress }),
      }, select),
    );
    links = network.results;
    if (network.notice) notices.push(network.notice);
    const verdicts = new Map<string, LinkResult>();
    for (const result of links) {
      const key = linkKey(result.url);
      if (key !== undefined) verdicts.set(key, result);
    }
    facts.links = { scope: config.links.scope, verdicts };
  }

  if (metadata) {
    facts.papers = await metadata.papers;
    const { titleSearches, relatedRecords } = await metadata.more;
    facts.titleSearches = titleSearches;
    facts.relatedRecords = relatedRecords;
  }

  const files: FileOutcome[] = [];
  const lintedModels: ListModel[] = [];
  for (const [i, file] of request.files.entries()) {
    let model = models[i] as ListModel;
    let fixed = file.text;
    let linted: LintedFile | undefined;
    if (request.fix) {
      const select = request.fix.select;
      // fixText takes the model over: no reference to it stays here while the repaired text is read
      // again (on a 20 MB list each model is hundreds of MB).
      const handOver: { model: ListModel | undefined } = { model };
      models[i] = model = undefined as unknown as ListModel;
      const takeModel = () => {
        const taken = handOver.model;
        handOver.model = undefined;
        return taken;
      };
      const repair = await fixText(file.path, file.text, config, { facts, modelOptions, takeModel, ...(select && { select }) });
      fixed = repair.text;
      // What is left is what the last round found; when the rounds ran out, the repaired text is read again.
      if (repair.final) ({ model, linted } = repair.final);
      else model = await buildModel(file.path, stripBom(fixed), modelOptions);
    }
    models[i] = model;
    files.push({ ...(linted ?? lintModel(model, config, facts)), text: file.text, fixed });
    if (facts.papers) lintedModels.push(model);
  }
  const papers = facts.papers && { papers: countPapers(facts.papers), paperProblems: paperProblemsOf(lintedModels, files, facts) };
  return { files, notices, ...(links && { links }), ...papers };
}
