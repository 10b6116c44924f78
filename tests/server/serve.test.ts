// `npm start`'s server, as a browser and a careless user meet it (issue #13): files and routes, 404 and
// 405, ETags, security headers on every answer (Node's own 400 and 431 too), bad settings refused in
// one line, and no crash when a file vanishes.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../src/node/appInBrowser';

const SHELL = `<!doctype html><html><head><title>app</title></head><body><div id="root"></div>${'<!-- padding -->'.repeat(100)}</body></html>`;

/** A built app in miniature: the shell, a hashed script (with its gzip copy), a prerendered page. */
function miniDist(): string {
  const dist = mkdtempSync(join(tmpdir(), 'res75-dist-'));
  mkdirSync(join(dist, 'assets'));
  mkdirSync(join(dist, 'prerendered'));
  writeFileSync(join(dist, 'index.html'), SHELL);
  const script = `console.log(${JSON.stringify('x'.repeat(3000))});`;
  writeFileSync(join(dist, 'assets', 'app-1a2b.js'), script);
  writeFileSync(join(dist, 'assets', 'app-1a2b.js.gz'), gzipSync(script));
  writeFileSync(join(dist, 'prerendered', 'synopsis.html'), '<!doctype html><p>synopsis, prerendered</p>');
  writeFileSync(join(dist, 'prerendered', 'pages.json'), JSON.stringify({ '/synopsis': 'prerendered/synopsis.html' }));
  return dist;
}

function start(env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn('node', ['src/server/serve.mjs'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      const m = /http:\/\/[^\s]+\//.exec(d.toString());
      if (m) resolve({ child, url: m[0].replace(/\/$/, '') });
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
}

/** Sends raw bytes and returns the raw answer (for requests fetch cannot make). */
function raw(port: number, request: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(request));
    let data = '';
    socket.on('data', (d) => (data += d.toString()));
    socket.on('close', () => resolve(data));
    socket.on('error', () => resolve(data));
  });
}

const expectSecure = (h: Headers) => {
  expect(h.get('content-security-policy')).toContain("default-src 'self'");
  expect(h.get('x-content-type-options')).toBe('nosniff');
  expect(h.get('referrer-policy')).toBe('no-referrer');
};

describe('the server of npm start', () => {
  let dist: string;
  let server: { child: ChildProcess; url: string };
  let port: number;
  beforeAll(async () => {
    dist = miniDist();
    port = await freePort();
    server = await start({ DIST: dist, PORT: String(port) });
  });
  afterAll(() => server?.child.kill());

  it('serves routes with their prerendered page or the shell, files as files, with an ETag that revalidates', async () => {
    const synopsis = await fetch(`${server.url}/synopsis`);
    expect(await synopsis.text()).toContain('synopsis, prerendered');
    const shell = await fetch(`${server.url}/compare?from=a&to=b`);
    expect(shell.status).toBe(200);
    expect(await shell.text()).toContain('<div id="root">');
    const etag = shell.headers.get('etag')!;
    expect(etag).toMatch(/^".+"$/);
    const again = await fetch(`${server.url}/compare?from=a&to=b`, { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    expectSecure(again.headers);
    const script = await fetch(`${server.url}/assets/app-1a2b.js`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(script.status).toBe(200);
    expect(script.headers.get('content-encoding')).toBe('gzip');
    expect(script.headers.get('cache-control')).toContain('immutable');
    expect(await script.text()).toContain('console.log');
  });

  it('answers a missing file with 404, not the shell', async () => {
    for (const path of ['/assets/x.js', '/snapshots/x.json', '/favicon.ico', '/assets/']) {
      const r = await fetch(`${server.url}${path}`);
      expect(r.status, path).toBe(404);
      expect(await r.text()).not.toContain('<div id="root">');
      expectSecure(r.headers);
    }
  });

  it('answers GET and HEAD only (405 with Allow for the rest)', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
      const r = await fetch(`${server.url}/`, { method });
      expect(r.status, method).toBe(405);
      expect(r.headers.get('allow')).toBe('GET, HEAD');
      expectSecure(r.headers);
    }
    const head = await fetch(`${server.url}/`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it("puts the security headers on Node's own 400 and 431 answers", async () => {
    const bad = await raw(port, 'GARBAGE\r\n\r\n');
    expect(bad).toMatch(/^HTTP\/1\.1 400/);
    expect(bad).toContain('X-Content-Type-Options: nosniff');
    const huge = await raw(port, `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20000)}\r\n\r\n`);
    expect(huge).toMatch(/^HTTP\/1\.1 431/);
    expect(huge).toContain('Content-Security-Policy:');
  });

  it('keeps running when index.html disappears (a build under way): 503, then serves again', async () => {
    rmSync(join(dist, 'index.html'));
    const r = await fetch(`${server.url}/propose`);
    expect(r.status).toBe(503);
    expectSecure(r.headers);
    writeFileSync(join(dist, 'index.html'), SHELL);
    expect((await fetch(`${server.url}/propose`)).status).toBe(200);
  });
});

describe('bad settings end with one line and exit 2', () => {
  const run = (env: Record<string, string>) =>
    spawnSync('node', ['src/server/serve.mjs'], { env: { ...process.env, ...env }, encoding: 'utf8', timeout: 10_000 });
  for (const PORT of ['abc', '99999', '', '-1']) {
    it(`PORT=${JSON.stringify(PORT)}`, () => {
      const r = run({ PORT, DIST: miniDist() });
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/^npm start: PORT must be a port number from 0 to 65535/);
      expect(r.stderr).not.toMatch(/^\s+at /m);
    });
  }

  it('a port in use', async () => {
    const port = await freePort();
    const first = await start({ DIST: miniDist(), PORT: String(port) });
    try {
      const r = run({ PORT: String(port), DIST: miniDist() });
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(`port ${port} on 127.0.0.1 is in use`);
    } finally {
      first.child.kill();
    }
  });

  it('a DIST without a built app, and an absolute DIST read as given', () => {
    const empty = mkdtempSync(join(tmpdir(), 'res75-empty-'));
    const r = run({ DIST: empty, PORT: '0' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${join(empty, 'index.html')} is missing: build the app first`);
  });

  it('PORT=0 names the port it listens on', async () => {
    const s = await start({ DIST: miniDist(), PORT: '0' });
    try {
      expect(s.url).toMatch(/^http:\/\/127\.0\.0\.1:[1-9]\d*$/);
      expect((await fetch(`${s.url}/`)).status).toBe(200);
    } finally {
      s.child.kill();
    }
  });
});
