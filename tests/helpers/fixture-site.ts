// A council-style web site served on 127.0.0.1 for the command line's web tests: a "privacy
// notices" index linking to three notices (two pages and a PDF), a cookie page, a folder that
// robots.txt disallows, a missing page, a redirect loop, a slow page, an oversized page, an
// image, a page that fails twice before it works, and pages that answer conditional requests.
// Every request is recorded with its headers.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { noticeHtml, noticePdf } from './notice-pdf';
import { permitNotice } from './sample-notice';

export interface Hit { path: string; headers: IncomingMessage['headers']; at: number }
export interface FixtureSite { origin: string; hits: Hit[]; paths: () => string[]; close: () => Promise<void> }

type Handler = (req: IncomingMessage, res: ServerResponse, count: number) => void | Promise<void>;

const html = (res: ServerResponse, body: string, headers: Record<string, string> = {}) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers });
  res.end(body);
};

const page = (title: string, body: string) => `<!doctype html><html lang="en"><head><title>${title}</title></head><body><main><h1>${title}</h1>${body}</main></body></html>`;

export interface SiteOptions { slowMs?: number; extraPages?: number }

export async function startFixtureSite(options: SiteOptions = {}): Promise<FixtureSite> {
  const pdf = await noticePdf(permitNotice('Harrowfield District Council', 'School admissions'), { title: 'School admissions privacy notice' });
  const councilTax = noticeHtml(permitNotice('Harrowfield District Council', 'Council tax'), 'Council tax privacy notice');
  const parking = noticeHtml(permitNotice(), 'Parking permits privacy notice');
  const index = page('Privacy notices', `
    <p>Each service has its own privacy notice.</p>
    <ul>
      <li><a href="/notices/parking-permits">Parking permits privacy notice</a></li>
      <li><a href="council-tax.html#top">Council tax privacy notice</a></li>
      <li><a href="/notices/school-admissions.pdf">School admissions privacy notice (PDF)</a></li>
      <li><a href="/notices/cookies.html">Cookies and privacy settings</a></li>
      <li><a href="/notices/private/staff-privacy-notice.html">Staff privacy notice</a></li>
      <li><a href="/notices/old-privacy-notice.html">Old privacy notice</a></li>
      <li><a href="https://elsewhere.example/privacy">Another council's privacy notice</a></li>
      <li><a href="/bins">Bin collection days</a></li>
      <li><a href="mailto:dpo@harrowfield.example.gov.uk">Email our data protection officer</a></li>
    </ul>`);
  const routes: Record<string, Handler> = {
    '/robots.txt': (_q, res) => { res.writeHead(200, { 'content-type': 'text/plain' }); res.end('User-agent: *\nDisallow: /notices/private/\n'); },
    '/notices/': (_q, res) => html(res, index),
    '/notices/parking-permits': (_q, res) => html(res, parking),
    '/notices/council-tax.html': (_q, res) => html(res, councilTax),
    '/notices/school-admissions.pdf': (_q, res) => { res.writeHead(200, { 'content-type': 'application/pdf' }); res.end(Buffer.from(pdf)); },
    '/notices/cookies.html': (_q, res) => html(res, page('Cookies', '<p>We use cookies to remember your settings and to count visits to this site. You can turn off cookies that are not essential.</p><p><a href="/notices/">Back to privacy notices</a></p>')),
    '/notices/private/staff-privacy-notice.html': (_q, res) => html(res, page('Staff privacy notice', '<p>Not for robots.</p>')),
    '/bins': (_q, res) => html(res, page('Bin collection days', '<p>Bins are collected weekly.</p>')),
    '/loop-a': (_q, res) => { res.writeHead(302, { location: '/loop-b' }); res.end(); },
    '/loop-b': (_q, res) => { res.writeHead(302, { location: '/loop-a' }); res.end(); },
    '/moved': (_q, res) => { res.writeHead(301, { location: '/notices/parking-permits' }); res.end(); },
    '/to-private': (_q, res) => { res.writeHead(302, { location: '/notices/private/staff-privacy-notice.html' }); res.end(); },
    '/download': (_q, res) => { res.writeHead(200, { 'content-type': 'application/octet-stream' }); res.end(Buffer.from(pdf)); },
    '/download.bin': (_q, res) => { res.writeHead(200, { 'content-type': 'application/octet-stream' }); res.end(Buffer.from([1, 2, 3, 4])); },
    '/notice.md': (_q, res) => { res.writeHead(200, { 'content-type': 'text/markdown; charset=utf-8' }); res.end('# Parking privacy notice\n\nHarrowfield District Council is the data controller.\n'); },
    '/slow.html': (_q, res) => { setTimeout(() => { if (!res.destroyed) html(res, page('Slow', '<p>At last.</p>')); }, options.slowMs ?? 3000); },
    '/big.html': (_q, res) => {
      // 21 MB, sent in chunks with no declared length: the client must count and stop.
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.alloc(1024 * 1024, 'a');
      let sent = 0;
      const more = () => { while (sent < 21 && !res.destroyed) { sent++; if (!res.write(chunk)) return void res.once('drain', more); } if (!res.destroyed) res.end(); };
      res.on('error', () => {});
      more();
    },
    '/declared-big.html': (_q, res) => { res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(25 * 1024 * 1024) }); res.write('<p>'); res.on('error', () => {}); },
    '/logo.png': (_q, res) => { res.writeHead(200, { 'content-type': 'image/png' }); res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47])); },
    '/flaky.html': (_q, res, count) => {
      if (count <= 2) { res.writeHead(503, { 'content-type': 'text/plain' }); res.end('busy'); return; }
      html(res, parking);
    },
    '/down.html': (_q, res) => { res.writeHead(500); res.end(); },
    '/etag.html': (req, res) => {
      if (req.headers['if-none-match'] === '"v1"') { res.writeHead(304, { etag: '"v1"' }); res.end(); return; }
      html(res, parking, { etag: '"v1"', 'set-cookie': 'session=abc; Path=/' });
    },
    '/lastmod.html': (req, res) => {
      const stamp = 'Tue, 03 Mar 2026 09:00:00 GMT';
      if (req.headers['if-modified-since'] === stamp) { res.writeHead(304); res.end(); return; }
      html(res, parking, { 'last-modified': stamp });
    },
  };
  for (let i = 0; i < (options.extraPages ?? 0); i++) {
    routes[`/many/privacy-notice-${i}.html`] = (_q, res) => html(res, councilTax);
  }
  if (options.extraPages) {
    routes['/many/'] = (_q, res) => html(res, page('Privacy notices', `<ul>${Array.from({ length: options.extraPages! }, (_, i) => `<li><a href="privacy-notice-${i}.html">Privacy notice ${i}</a></li>`).join('')}</ul>`));
  }

  const hits: Hit[] = [];
  const counts = new Map<string, number>();
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    hits.push({ path, headers: req.headers, at: Date.now() });
    counts.set(path, (counts.get(path) ?? 0) + 1);
    const route = routes[path];
    if (!route) { res.writeHead(404, { 'content-type': 'text/html' }); res.end('<h1>Page not found</h1>'); return; }
    void route(req, res, counts.get(path)!);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    origin: `http://127.0.0.1:${port}`,
    hits,
    paths: () => hits.map((h) => h.path),
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
