// Requests with a method the site does not serve (TRACE, PUT, DELETE…) are answered 405 by
// the Node server itself, before Next sees them: Next cannot even represent TRACE (the
// WHATWG Request refuses it) and would answer 500 with a stack trace in the log for every
// such request. Installed once, from instrumentation.ts, in the Node.js runtime.
import http from 'node:http';
import { ALLOWED_METHODS } from './request-guard';
import { isEmbedPath, securityHeaders } from './security-headers.mjs';

const ALLOW = ALLOWED_METHODS.join(', ');
const allowed = new Set<string>(ALLOWED_METHODS);
const logged = new Set<string>();
let installed = false;

/** Every method but GET, HEAD and OPTIONS stops here (proxy.ts would answer those Next can represent the same way). */
export function installMethodGuard() {
  if (installed) return;
  installed = true;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (this: http.Server, event: string, ...args: unknown[]) {
    if (event === 'request') {
      const [req, res] = args as [http.IncomingMessage, http.ServerResponse];
      const method = req.method ?? '';
      if (!allowed.has(method)) {
        if (!logged.has(method) && logged.size < 32) {
          logged.add(method);
          console.warn(`405: refusing ${method.slice(0, 20)} requests (logged once per method)`);
        }
        for (const { key, value } of securityHeaders({ embed: isEmbedPath(req.url ?? '') })) res.setHeader(key, value);
        res.writeHead(405, { Allow: ALLOW, 'Content-Type': 'text/plain; charset=utf-8' });
        res.end('Method not allowed\n');
        return true;
      }
    }
    return Reflect.apply(emit, this, [event, ...args]);
  } as typeof emit;
}
