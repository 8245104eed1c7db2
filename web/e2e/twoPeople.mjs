// A suite's shared world: one server, one browser, two accounts (sign-ups per address are rate
// limited); each test makes its own documents. Fields are set once the suite's `before` ran.
import { after, before } from 'node:test';
import { launchBrowser } from './browser.mjs';
import { signUp, startServer } from './server.mjs';

export function twoPeople() {
  const world = { server: null, browser: null, alice: null, bob: null };
  before(async () => {
    world.server = await startServer();
    world.browser = await launchBrowser();
    world.alice = await signUp(world.server.url);
    world.bob = await signUp(world.server.url);
  });
  after(async () => {
    await world.browser?.close();
    await world.server?.stop();
    world.server?.cleanup();
  });
  return world;
}
