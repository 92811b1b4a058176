import * as fs from 'node:fs';
import { vi } from 'vitest';

/**
 * Every file handle's vectored write runs as usual except the `failing`th from now, which runs out of space
 * (ENOSPC). `existingFile`: any file, opened once to reach the handles' shared prototype. `calls` counts the
 * writes started, so a test sees that none starts after the failure; `restore` puts writes back.
 */
export async function diskFullOnWrite(
  existingFile: string,
  failing: number,
): Promise<{ calls: () => number; restore: () => void }> {
  const probe = await fs.promises.open(existingFile, 'r');
  const handles = Object.getPrototypeOf(probe) as { writev: (...args: unknown[]) => Promise<unknown> };
  await probe.close();
  const { writev } = handles;
  let calls = 0;
  const writes = vi.spyOn(handles, 'writev').mockImplementation(function (this: unknown, ...args: unknown[]) {
    calls += 1;
    if (calls === failing) {
      return Promise.reject(Object.assign(new Error('no space left on device'), { code: 'ENOSPC' }));
    }
    return writev.apply(this, args);
  });
  return { calls: () => calls, restore: () => writes.mockRestore() };
}
