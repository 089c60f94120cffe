/**
 * Which paper a URL points at, independent of the exact address: arXiv abs, pdf and html pages of any
 * version are one paper; so are doi.org, dx.doi.org and publisher pages that embed the same DOI.
 */
export interface PaperId {
  /** Comparable key, e.g. `arxiv:2110.14633`, `doi:10.1007/s10994-006-9449-2`, `openreview:AbCd`. */
  key: string;
  /** How to name it to a person, e.g. `arXiv 2110.14633`. */
  label: string;
}

const newArxivId = /(\d{4}\.\d{4,5})(?:v\d+)?/;
/** Old-style ids: `math/0309136`; `math.GT/0309136` names the same paper with its subject class. */
const oldArxivId = /([a-z-]+)(?:\.[a-z]{2})?\/(\d{7})(?:v\d+)?/i;
const arxivHosts = new Set(['arxiv.org', 'export.arxiv.org', 'ar5iv.org', 'ar5iv.labs.arxiv.org', 'alphaxiv.org']);
const doiPattern = /(?:^|\/)(10\.\d{4,9}\/[^?#\s]+)/;

export function paperIdOf(rawUrl: string): PaperId | undefined {
  let url: URL;
  try {
    url = new URL(rawUrl.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    path = url.pathname;
  }

  if (arxivHosts.has(host) || (host === 'huggingface.co' && path.startsWith('/papers/'))) {
    const rest = path.replace(/^\/(abs|pdf|html|format|papers)\//, '/').replace(/^\/arxiv:/i, '/');
    const old = oldArxivId.exec(rest);
    const id = newArxivId.exec(rest)?.[1] ?? (old ? `${old[1]}/${old[2]}` : undefined);
    if (id) return arxiv(id);
    return undefined;
  }
  if (host === 'openreview.net') {
    const id = url.searchParams.get('id');
    if (id && /^\/(forum|pdf|attachment)$/.test(path)) return { key: `openreview:${id}`, label: `OpenReview ${id}` };
    return undefined;
  }
  const doi = doiPattern.exec(path)?.[1];
  if (doi) {
    const cleaned = doi
      .replace(/\/(full|abstract|pdf|epdf|fulltext|meta)$/i, '')
      .replace(/\.pdf$/i, '')
      .replace(/\/+$/, '');
    const fromArxiv = /^10\.48550\/arxiv\.(.+)$/i.exec(cleaned);
    if (fromArxiv?.[1]) return arxiv(fromArxiv[1]);
    return { key: `doi:${cleaned.toLowerCase()}`, label: `DOI ${cleaned}` };
  }
  return undefined;
}

function arxiv(id: string): PaperId {
  const bare = id.replace(/v\d+$/, '').toLowerCase();
  return { key: `arxiv:${bare}`, label: `arXiv ${bare}` };
}

/** A URL compared without scheme, `www.`, trailing slash or fragment. */
export function normalizeUrl(rawUrl: string): string | undefined {
  try {
    const url = new URL(rawUrl.trim());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    const host = url.hostname.toLowerCase().replace(/^www\./, '');
    const path = url.pathname.replace(/\/+$/, '');
    return `${host}${url.port ? `:${url.port}` : ''}${path}${url.search}`;
  } catch {
    return undefined;
  }
}

/**
 * The key under which a link is checked once: http(s) URLs compared without the fragment and with
 * the host's case folded; undefined for anything else (it is not checked).
 */
export function linkKey(url: string): string | undefined {
  const trimmed = url.trim();
  if (!/^https?:\/\//i.test(trimmed)) return undefined;
  try {
    const parsed = new URL(trimmed);
    parsed.hash = '';
    return parsed.href;
  } catch {
    return undefined;
  }
}

/**
 * Hosts that publish papers (not code, projects or datasets): a link there names one paper. Read
 * by the rules that must tell a paper's row from a project's or a dataset's.
 */
const publicationHosts = [
  'arxiv.org', 'doi.org', 'openreview.net', 'aclanthology.org', 'aclweb.org', 'proceedings.neurips.cc', 'papers.nips.cc',
  'proceedings.mlr.press', 'jmlr.org', 'openaccess.thecvf.com', 'ecva.net', 'ijcai.org', 'ojs.aaai.org', 'aaai.org',
  'dl.acm.org', 'ieeexplore.ieee.org', 'link.springer.com', 'sciencedirect.com', 'nature.com', 'science.org',
  'biorxiv.org', 'medrxiv.org', 'chemrxiv.org', 'pubs.acs.org', 'academic.oup.com', 'onlinelibrary.wiley.com',
  'semanticscholar.org', 'pnas.org', 'cell.com', 'mdpi.com', 'frontiersin.org', 'tandfonline.com', 'iopscience.iop.org',
  'papers.ssrn.com', 'researchgate.net', 'usenix.org', 'isca-archive.org', 'ncbi.nlm.nih.gov', 'europepmc.org', 'hal.science',
  'alphaxiv.org', 'ar5iv.org', 'ar5iv.labs.arxiv.org', 'dblp.org',
];

export function isPublicationUrl(rawUrl: string): boolean {
  let host: string;
  try {
    host = new URL(rawUrl.trim()).hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return false;
  }
  if (paperIdOf(rawUrl)) return true;
  return publicationHosts.some((known) => host === known || host.endsWith(`.${known}`));
}
