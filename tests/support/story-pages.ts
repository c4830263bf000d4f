/** A made-up news page for fetch and /add tests: a story with a dated byline, a quoted person and site chrome. */
export function storyPage(options: { title: string; extraMarkup?: string; paragraphs?: number }): string {
  const paragraphs = [
    'ROTTERDAM - Dockers ended a nine-day strike at the port on Thursday after their union accepted a pay deal, the port authority said.',
    'Union leader Maria Okafor said the agreement raised wages by six percent over two years and limited night shifts.',
    '"This is a fair deal and our members can go back to work with their heads high," Okafor told reporters at the harbour gate.',
    'Shipping lines had diverted more than forty vessels to other ports during the strike, according to the authority.',
    'The first container ships are expected to berth again on Friday morning, the authority added.',
  ].slice(0, options.paragraphs ?? 5);
  return `<!doctype html><html><head><meta charset="utf-8"><title>${options.title} | Harbour Times</title>
<meta property="og:site_name" content="Harbour Times"><meta property="article:published_time" content="2024-05-02T09:00:00Z">
</head><body>${options.extraMarkup ?? ''}<header><a href="/">Harbour Times</a></header>
<article><h1>${options.title}</h1>${paragraphs.map((text) => `<p>${text}</p>`).join('\n')}</article>
<footer>All rights reserved.</footer></body></html>`;
}
