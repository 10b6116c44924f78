// `npm start`'s server: the built app (dist/, or the folder named by DIST) on http://127.0.0.1:4173
// (PORT, HOST). Bad settings end with one line that says what to do (exit 2); requests are answered
// by appServer.mjs.
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { createAppHandler, SECURITY_HEADERS } from './appServer.mjs';

function fail(message) {
  console.error(`npm start: ${message}`);
  process.exit(2);
}

const root = resolve(process.env.DIST ?? 'dist');
const host = process.env.HOST ?? '127.0.0.1';
const portText = process.env.PORT ?? '4173';
if (!/^\d{1,5}$/.test(portText) || Number(portText) > 65535)
  fail(`PORT must be a port number from 0 to 65535 (e.g. PORT=4173), not "${portText}".`);
const port = Number(portText);
if (!existsSync(join(root, 'index.html')))
  fail(`${join(root, 'index.html')} is missing: build the app first (npm run build), or point DIST at a built app.`);

const handle = createAppHandler(root);
const server = createServer((req, res) => {
  handle(req, res).catch(() => {
    if (!res.headersSent) {
      res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS });
      res.end('Something went wrong serving this page. Reload, or restart npm start.');
    } else res.destroy();
  });
});
// Node's own answers to malformed requests (400, 431) carry the security headers too.
server.on('clientError', (err, socket) => {
  if (!socket.writable) return socket.destroy();
  const status = err.code === 'HPE_HEADER_OVERFLOW' ? '431 Request Header Fields Too Large' : '400 Bad Request';
  const headers = Object.entries({
    ...SECURITY_HEADERS,
    'Content-Type': 'text/plain; charset=utf-8',
    Connection: 'close',
  })
    .map(([k, v]) => `${k}: ${v}`)
    .join('\r\n');
  socket.end(`HTTP/1.1 ${status}\r\n${headers}\r\n\r\nThe request could not be read.`);
});
server.on('error', (e) => {
  if (e.code === 'EADDRINUSE')
    fail(`port ${port} on ${host} is in use: stop the other server, or choose another port (PORT=4174 npm start).`);
  if (e.code === 'EACCES') fail(`port ${port} needs privileges: choose a port above 1023 (PORT=4173).`);
  fail(`the server could not start: ${e.message}`);
});
server.listen(port, host, () => {
  const address = server.address();
  console.log(`Resolution 75 viewer: http://${host}:${typeof address === 'object' && address ? address.port : port}/`);
});
