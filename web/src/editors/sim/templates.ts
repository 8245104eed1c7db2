// Starting points: five common designs, each complete enough to run. Every request starts at a
// client; reads and writes part where the design parts them. Ids are fixed per template, so two
// people who pick the same template at once end up with one diagram, not two on top of each
// other.
import type { SimValue } from '../../api/client';
import { EDGE_DEFAULTS, SCENARIO_DEFAULTS, type DiagramFile, type EdgeKinds } from './diagram';

export interface Template {
  key: string;
  title: string;
  summary: string;
  diagram: DiagramFile;
}

/** Columns and rows of the layout, in canvas units. */
const COLUMN = 240;
const ROW = 160;

type ComponentRow = [id: string, type: string, name: string, column: number, row: number, params?: Record<string, SimValue>];
type EdgeRow = [from: string, to: string, kinds?: EdgeKinds, latencyMs?: number];

function template(key: string, title: string, summary: string, components: ComponentRow[], edges: EdgeRow[], sloMs = 500): Template {
  const id = (short: string) => `${key}-${short}`;
  return {
    key,
    title,
    summary,
    diagram: {
      version: 1,
      components: components.map(([short, type, name, column, row, params]) => ({
        id: id(short),
        type,
        name,
        x: column * COLUMN,
        y: row * ROW,
        params: params ?? {},
      })),
      edges: edges.map(([from, to, kinds, latencyMs]) => ({
        id: id(`${from}-${to}`),
        from: id(from),
        to: id(to),
        latencyMs: latencyMs ?? EDGE_DEFAULTS.latencyMs,
        share: EDGE_DEFAULTS.share,
        kinds: kinds ?? EDGE_DEFAULTS.kinds,
      })),
      scenario: { ...SCENARIO_DEFAULTS, sloMs },
    },
  };
}

export const TEMPLATES: Template[] = [
  template(
    'url-shortener',
    'URL shortener',
    'Mostly redirects: a cache in front of the links database, new links written to the primary.',
    [
      ['users', 'client', 'Users', 0, 1, { pattern: 'constant', rate: 2000, writeRatio: 0.02 }],
      ['dns', 'dns', 'DNS', 1, 1, { serviceMs: 1 }],
      ['lb', 'loadBalancer', 'Load balancer', 2, 1, { instances: 2, serviceMs: 0.5 }],
      ['api', 'service', 'Shortener API', 3, 1, { instances: 4, concurrency: 64, serviceMs: 4, timeoutMs: 1000, retries: 1 }],
      ['cache', 'cache', 'Redis', 4, 0, { instances: 2, hitRatio: 0.9, serviceMs: 1 }],
      ['db', 'database', 'Links DB', 5, 1, { concurrency: 32, serviceMs: 8, replicas: 2, replicaLagMs: 100 }],
    ],
    [
      ['users', 'dns', 'all', 20],
      ['dns', 'lb', 'all', 20],
      ['lb', 'api'],
      ['api', 'cache', 'read'],
      ['cache', 'db'],
      ['api', 'db', 'write'],
    ],
    200,
  ),
  template(
    'chat',
    'Chat',
    'Messages stored on the primary, history read through a cache, a rate-limited gateway in front.',
    [
      ['people', 'client', 'People chatting', 0, 1, { pattern: 'diurnal', rate: 600, peakRate: 1500, periodS: 300, writeRatio: 0.4 }],
      ['lb', 'loadBalancer', 'Load balancer', 1, 1, { instances: 2, serviceMs: 0.5 }],
      ['gateway', 'gateway', 'WebSocket gateway', 2, 1, { instances: 3, concurrency: 500, serviceMs: 1, rateLimit: 4000 }],
      ['api', 'service', 'Chat service', 3, 1, {
        instances: 4,
        concurrency: 100,
        serviceMs: 6,
        timeoutMs: 800,
        retries: 1,
        autoscale: true,
        targetUtilization: 0.7,
        minInstances: 2,
        maxInstances: 12,
      }],
      ['cache', 'cache', 'Recent messages', 4, 0, { instances: 2, hitRatio: 0.8, serviceMs: 1 }],
      ['db', 'database', 'Messages DB', 5, 1, { concurrency: 48, serviceMs: 6, replicas: 2, replicaLagMs: 50 }],
    ],
    [
      ['people', 'lb', 'all', 30],
      ['lb', 'gateway'],
      ['gateway', 'api'],
      ['api', 'cache', 'read'],
      ['cache', 'db'],
      ['api', 'db', 'write'],
    ],
    300,
  ),
  template(
    'video',
    'Video streaming',
    'Segments served from a CDN and object storage; uploads queued for transcoding workers.',
    [
      ['viewers', 'client', 'Viewers', 0, 1, { pattern: 'spike', rate: 4000, peakRate: 12000, periodS: 120, writeRatio: 0.001 }],
      ['dns', 'dns', 'DNS', 1, 1, { serviceMs: 1 }],
      ['cdn', 'cdn', 'CDN', 2, 1, { hitRatio: 0.95, serviceMs: 5 }],
      ['lb', 'loadBalancer', 'Origin load balancer', 3, 1, { instances: 2, serviceMs: 0.5 }],
      ['origin', 'service', 'Origin service', 4, 1, { instances: 6, concurrency: 80, serviceMs: 10, timeoutMs: 3000, retries: 2, backoffMs: 100 }],
      ['storage', 'storage', 'Object storage', 5, 0, { serviceMs: 40, concurrency: 400 }],
      ['jobs', 'queue', 'Transcode jobs', 5, 2, { queueCapacity: 10000, serviceMs: 2 }],
      ['transcoders', 'workers', 'Transcoders', 6, 2, { instances: 4, concurrency: 2, serviceDist: 'lognormal', serviceMs: 20000, serviceSigma: 0.5 }],
    ],
    [
      ['viewers', 'dns', 'all', 20],
      ['dns', 'cdn', 'all', 10],
      ['cdn', 'lb', 'all', 40],
      ['lb', 'origin'],
      ['origin', 'storage', 'read', 2],
      ['origin', 'jobs', 'write'],
      ['jobs', 'transcoders'],
    ],
    1000,
  ),
  template(
    'checkout',
    'E-commerce checkout',
    'Browsing through a product cache; checkouts call an external payment provider with timeouts, retries and a breaker.',
    [
      ['shoppers', 'client', 'Shoppers', 0, 1, { pattern: 'ramp', rate: 200, peakRate: 900, periodS: 600, writeRatio: 0.08 }],
      ['lb', 'loadBalancer', 'Load balancer', 1, 1, { instances: 2, serviceMs: 0.5 }],
      ['gateway', 'gateway', 'API gateway', 2, 1, { instances: 2, concurrency: 400, serviceMs: 1, rateLimit: 3000 }],
      ['store', 'service', 'Storefront', 3, 0, { instances: 4, concurrency: 50, serviceMs: 12, timeoutMs: 1000, retries: 1 }],
      ['cache', 'cache', 'Product cache', 4, 0, { instances: 2, hitRatio: 0.85, serviceMs: 1 }],
      ['catalog', 'database', 'Catalog DB', 5, 0, { concurrency: 32, serviceMs: 10, replicas: 2, replicaLagMs: 200 }],
      ['checkout', 'service', 'Checkout', 3, 2, { instances: 3, concurrency: 40, serviceMs: 25, timeoutMs: 5000 }],
      ['payments', 'service', 'Payments', 4, 2, {
        instances: 2,
        concurrency: 60,
        serviceMs: 5,
        timeoutMs: 2000,
        retries: 2,
        backoffMs: 200,
        breaker: true,
        breakerThreshold: 0.5,
        breakerCooldownS: 30,
      }],
      ['psp', 'externalApi', 'Payment provider', 5, 2, { serviceDist: 'lognormal', serviceMs: 300, serviceSigma: 0.6, errorRate: 0.01 }],
    ],
    [
      ['shoppers', 'lb', 'all', 30],
      ['lb', 'gateway'],
      ['gateway', 'store', 'read'],
      ['store', 'cache'],
      ['cache', 'catalog'],
      ['gateway', 'checkout', 'write'],
      ['checkout', 'payments'],
      ['payments', 'psp', 'all', 40],
    ],
    1500,
  ),
  template(
    'social-feed',
    'Social feed',
    'Timelines read from a cache over read replicas; new posts fanned out by workers through a queue.',
    [
      ['people', 'client', 'People scrolling', 0, 1, { pattern: 'diurnal', rate: 3000, peakRate: 8000, periodS: 600, writeRatio: 0.03 }],
      ['cdn', 'cdn', 'CDN', 1, 1, { hitRatio: 0.3, serviceMs: 5 }],
      ['lb', 'loadBalancer', 'Load balancer', 2, 1, { instances: 2, serviceMs: 0.5 }],
      ['feed', 'service', 'Feed service', 3, 1, {
        instances: 6,
        concurrency: 60,
        serviceMs: 15,
        timeoutMs: 1000,
        retries: 1,
        autoscale: true,
        targetUtilization: 0.65,
        minInstances: 4,
        maxInstances: 30,
        cooldownS: 30,
        warmupS: 20,
      }],
      ['cache', 'cache', 'Timeline cache', 4, 0, { instances: 3, hitRatio: 0.92, serviceMs: 1 }],
      ['db', 'database', 'Posts DB', 5, 0, { concurrency: 64, serviceMs: 12, replicas: 3, replicaLagMs: 300 }],
      ['fanout', 'queue', 'Fan-out queue', 4, 2, { queueCapacity: 50000, serviceMs: 1 }],
      ['workers', 'workers', 'Fan-out workers', 5, 2, { instances: 8, concurrency: 16, serviceMs: 40 }],
    ],
    [
      ['people', 'cdn', 'all', 20],
      ['cdn', 'lb', 'all', 30],
      ['lb', 'feed'],
      ['feed', 'cache', 'read'],
      ['cache', 'db'],
      ['feed', 'fanout', 'write'],
      ['fanout', 'workers'],
    ],
    400,
  ),
];
