// Starts a real `tandem` binary on a free loopback port with a fresh data directory.
import { spawn } from 'node:child_process';
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

export async function createDoc(url, kind = 'doc', title = 'Test document') {
  const response = await fetch(`${url}/api/docs`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ kind, title }),
  });
  if (response.status !== 201) throw new Error(`create failed: ${response.status}`);
  return (await response.json()).id;
}
