// Starts a real `tandem` binary on a free loopback port with a fresh data directory, and talks
// to its API as signed-in users.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const DEFAULT_BIN = resolve(import.meta.dirname, '../../target/release/tandem');

export async function startServer({ dataDir, port = 0, args = [] } = {}) {
  const bin = process.env.TANDEM_BIN ?? DEFAULT_BIN;
  const dir = dataDir ?? mkdtempSync(join(tmpdir(), 'tandem-e2e-'));
  const child = spawn(bin, ['--host', '127.0.0.1', '--port', String(port), '--data-dir', dir, '--log', 'warn', ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error('tandem did not start within 20 s')), 20_000);
    let buffered = '';
    child.stdout.on('data', (chunk) => {
      buffered += chunk;
      const match = /listening on http:\/\/[^:]+:(\d+)/.exec(buffered);
      if (match) {
        clearTimeout(timer);
        resolveUrl(`http://127.0.0.1:${match[1]}`);
      }
    });
    child.on('exit', (code) => reject(new Error(`tandem exited with ${code}`)));
  });
  return {
    url,
    dataDir: dir,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode !== null) return;
      const exited = new Promise((done) => child.once('exit', done));
      child.kill(signal);
      await exited;
    },
    cleanup() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A fresh identity: unique email, a readable name, a valid password. */
export function newPerson(name = 'Tester') {
  const tag = randomUUID().slice(0, 8);
  return { name: `${name} ${tag}`, email: `${name.toLowerCase()}-${tag}@example.test`, password: `pw-${randomUUID()}` };
}

/** One API call as `user` (or anonymously): JSON in and out, the CSRF header on every request
 *  as the web app sends it. Throws with the server's answer on an unexpected status. */
export async function apiCall(url, user, method, path, body, expected) {
  const headers = { 'x-tandem-csrf': '1' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (user?.cookie) headers.cookie = user.cookie;
  const response = await fetch(`${url}/api${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const ok = expected === undefined ? response.ok : response.status === expected;
  if (!ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return { response, json: text ? JSON.parse(text) : null };
}

/** The session cookie (`name=value`) a response sets. */
function sessionCookie(response) {
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('tandem_session='));
  if (!cookie) throw new Error('no tandem_session cookie in the response');
  return cookie.split(';')[0];
}

/** Signs a new account up through the API; the returned user carries its own session cookie. */
export async function signUp(url, person = newPerson()) {
  const { response, json } = await apiCall(url, null, 'POST', '/auth/signup', person, 201);
  return { ...person, id: json.id, cookie: sessionCookie(response) };
}

/** A browser context signed in as `user` (the same session cookie as the API calls). */
export async function contextAs(browser, url, user) {
  const context = await browser.newContext();
  if (user) {
    const [name, value] = [user.cookie.slice(0, user.cookie.indexOf('=')), user.cookie.slice(user.cookie.indexOf('=') + 1)];
    await context.addCookies([{ name, value, url }]);
  }
  return context;
}

export async function createDoc(url, user, kind = 'doc', title = 'Test document') {
  const { json } = await apiCall(url, user, 'POST', '/docs', { kind, title }, 201);
  return json.id;
}

export async function setLinkAccess(url, user, id, access, requiresLogin = false) {
  await apiCall(url, user, 'PUT', `/docs/${id}/link`, { access, requires_login: requiresLogin }, 204);
}

export async function share(url, user, id, email, role) {
  return (await apiCall(url, user, 'PUT', `/docs/${id}/members`, { email, role }, 200)).json;
}
