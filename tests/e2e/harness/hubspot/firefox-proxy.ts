import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { forwardToHubSpot, HUBSPOT_ORIGIN } from './forward';
import type { HubSpotTestServer } from './server';

/**
 * Firefox's way to the HubSpot test server, for every request of the browser: the add-on's
 * background page included, which no page-level request interception sees (Puppeteer's, over
 * WebDriver BiDi, intercepts only the requests of the tabs it was set on).
 *
 * - A PAC script (a data: URL in `network.proxy.autoconfig_url`, `network.proxy.type` 2) sends
 *   api.hubapi.com to a local HTTP proxy and everything else DIRECT, as before.
 * - The proxy answers CONNECT api.hubapi.com:443 by speaking TLS itself on that socket, with a
 *   certificate for api.hubapi.com made for this run (openssl); any other CONNECT is refused.
 *   Firefox accepts the certificate because the BiDi session is started with
 *   `acceptInsecureCerts`, which Firefox applies to the whole browser, background included.
 * - What arrives decrypted goes through forward.ts, the same path Chromium's routes take: the
 *   contract-checked server answers, and a dropped connection (an injected fault) is dropped.
 *
 * Not used: `network.dns.localDomains` (api.hubapi.com to 127.0.0.1) would need a server on
 * port 443, one per machine, which parallel runs cannot share; a proxy takes any free port.
 * WebDriver BiDi's global network.addIntercept was not tried: Puppeteer does not expose it,
 * and this works with the Puppeteer API alone.
 */

export type HubSpotProxy = {
  /** Prefs that route api.hubapi.com through this proxy. */
  prefs: Record<string, string | number | boolean>;
  close(): Promise<void>;
};

/** A throwaway key and certificate for api.hubapi.com (valid two days; never trusted by anything but this run's Firefox). */
function makeCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'pa-hubspot-tls-'));
  try {
    const keyPath = join(dir, 'key.pem');
    const certPath = join(dir, 'cert.pem');
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2', '-subj', '/CN=api.hubapi.com', '-addext', 'subjectAltName=DNS:api.hubapi.com', '-keyout', keyPath, '-out', certPath],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(keyPath), cert: readFileSync(certPath) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function bodyOf(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function startHubSpotProxy(server: HubSpotTestServer): Promise<HubSpotProxy> {
  const tls = createHttpsServer(makeCertificate(), (req, res) => {
    void (async () => {
      const headers = Object.fromEntries(Object.entries(req.headers).flatMap(([name, value]) => (value === undefined ? [] : [[name, Array.isArray(value) ? value.join(', ') : value]])));
      const body = await bodyOf(req);
      const answer = await forwardToHubSpot(server, { method: req.method ?? 'GET', url: `${HUBSPOT_ORIGIN}${req.url ?? '/'}`, headers, body: body.length > 0 ? body : undefined });
      if (answer === 'dropped') return void req.socket.destroy();
      // fetch has decoded the body already: its length and encoding are ours to say.
      const passed = Object.fromEntries(Object.entries(answer.headers).filter(([name]) => !/^(content-length|content-encoding|transfer-encoding|connection|keep-alive)$/i.test(name)));
      res.writeHead(answer.status, { ...passed, 'content-length': String(answer.body.length) }).end(answer.body);
    })();
  });
  const sockets = new Set<Socket>();
  const proxy = createHttpServer((_req, res) => void res.writeHead(403).end('only CONNECT api.hubapi.com:443'));
  proxy.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  proxy.on('connect', (req: IncomingMessage, socket: Socket, head: Buffer) => {
    if (req.url !== 'api.hubapi.com:443') {
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    if (head.length > 0) socket.unshift(head);
    tls.emit('connection', socket);
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const { port } = proxy.address() as AddressInfo;
  const pac = `function FindProxyForURL(url, host) { return host === 'api.hubapi.com' ? 'PROXY 127.0.0.1:${port}' : 'DIRECT'; }`;
  return {
    prefs: { 'network.proxy.type': 2, 'network.proxy.autoconfig_url': `data:application/x-ns-proxy-autoconfig;charset=utf-8,${encodeURIComponent(pac)}` },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => proxy.close(() => resolve()));
      tls.close();
    },
  };
}
