// A large board in real Chromium against the release binary: time until 5,000 elements are on
// screen after opening, then the size and latency of one element move as a second person
// receives it. Usage: node bench/board.mjs [elements]   (after `cargo build --release`)
import { launchBrowser } from '../web/e2e/browser.mjs';
import { contextAs, signUp, startServer } from '../web/e2e/server.mjs';

const COUNT = Number(process.argv[2] ?? 5000);
const MOVES = 20;

/** Elements per row: wide enough for 5,000, still several rows for a small board. */
const COLUMNS = COUNT >= 500 ? 100 : 20;

function scene(count) {
  const columns = COLUMNS;
  const elements = Array.from({ length: count }, (_, i) => ({
    id: `e${i}`, type: i % 3 === 0 ? 'ellipse' : 'rectangle', index: `a${String(i).padStart(5, '0')}`,
    x: (i % columns) * 60, y: Math.floor(i / columns) * 60, width: 40, height: 40, angle: 0,
    strokeColor: '#1e1e1e', backgroundColor: i % 2 ? '#a5d8ff' : 'transparent', fillStyle: 'solid', strokeWidth: 2,
    strokeStyle: 'solid', roughness: 1, opacity: 100, groupIds: [], frameId: null, roundness: null, seed: i + 1,
    version: 1, versionNonce: i + 1, isDeleted: false, boundElements: null, updated: 1, link: null, locked: false,
  }));
  return { type: 'excalidraw', version: 2, elements, appState: {}, files: {} };
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

const server = await startServer({ args: ['--sync-messages-per-sec', '0', '--sync-bytes-per-sec', '0'] });
const browser = await launchBrowser();
try {
  const owner = await signUp(server.url);
  const response = await fetch(`${server.url}/api/boards/import?title=Large`, {
    method: 'POST',
    headers: { cookie: owner.cookie, 'x-tandem-csrf': '1' },
    body: JSON.stringify(scene(COUNT)),
  });
  const { id } = await response.json();

  const open = async () => {
    const page = await (await contextAs(browser, server.url, owner)).newPage();
    await page.setViewportSize({ width: 1400, height: 900 });
    const started = Date.now();
    await page.goto(`${server.url}/d/${id}`);
    await page.locator(`[data-testid=editor][data-elements="${COUNT}"]`).waitFor({ timeout: 120_000 });
    return { page, ms: Date.now() - started };
  };
  const a = await open();
  const b = await open();

  // Document updates Bob's socket receives (sync message 0, update 2), with their arrival time.
  let waiting = null;
  const listen = (page) =>
    page.on('websocket', (socket) =>
      socket.on('framereceived', ({ payload }) => {
        if (typeof payload !== 'string' && payload[0] === 0 && payload[1] === 2 && waiting) {
          waiting({ at: performance.now(), size: payload.length });
          waiting = null;
        }
      }),
    );
  listen(b.page);
  await b.page.reload();
  await b.page.locator(`[data-testid=editor][data-elements="${COUNT}"]`).waitFor({ timeout: 120_000 });

  // Select one element on Alice's screen (scene origin is the canvas's top left, under the
  // header; row 4, column 5 is a filled shape, clear of the toolbar), then nudge it with the
  // arrow key: each press is one move of one element.
  const canvasTop = await a.page.locator('.excalidraw').evaluate((e) => e.getBoundingClientRect().top);
  await a.page.mouse.click(5 * 60 + 20, canvasTop + 4 * 60 + 20);
  await a.page.waitForTimeout(500);
  const latencies = [];
  const sizes = [];
  for (let i = 0; i < MOVES; i++) {
    const received = new Promise((resolve) => (waiting = resolve));
    const sent = performance.now();
    await a.page.keyboard.press('ArrowRight');
    const frame = await Promise.race([received, new Promise((_, reject) => setTimeout(() => reject(new Error('no update within 10 s')), 10_000))]);
    latencies.push(frame.at - sent);
    sizes.push(frame.size);
    await a.page.waitForTimeout(100);
  }
  latencies.sort((x, y) => x - y);
  sizes.sort((x, y) => x - y);
  const figures = {
    elements: COUNT,
    open_to_all_drawn_ms: { first: a.ms, second: b.ms },
    move_update_bytes: { median: percentile(sizes, 50), max: sizes[sizes.length - 1] },
    move_latency_ms: { p50: +percentile(latencies, 50).toFixed(1), p95: +percentile(latencies, 95).toFixed(1), max: +latencies[latencies.length - 1].toFixed(1) },
  };
  console.log(JSON.stringify(figures, null, 2));
} finally {
  await browser.close();
  await server.stop();
  server.cleanup();
}
