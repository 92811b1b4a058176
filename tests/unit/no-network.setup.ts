import { afterAll, afterEach, expect } from 'vitest';
import { installNetworkGuard, NetworkAccessBlocked, networkAttemptsMessage } from '../no-network.js';

/**
 * Loaded before every unit test file (vitest.config.ts `setupFiles`): no test reaches the network.
 * An attempt throws where it is made, and the test that made it fails here even if the code under
 * test caught that error; one made outside any test (at import, in beforeAll) fails the file.
 */
const guard = installNetworkGuard(() => {
  const { currentTestName, testPath } = expect.getState();
  return currentTestName ?? `${testPath ?? 'a test file'}, outside any test`;
});

const failOnAttempts = (): void => {
  const attempts = guard.take();
  if (attempts.length > 0) throw new NetworkAccessBlocked(networkAttemptsMessage(attempts));
};

afterEach(failOnAttempts);
afterAll(failOnAttempts);
