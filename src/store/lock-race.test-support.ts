/**
 * One side of the data-folder lock race (lock.test.ts, issue 10 item 12): a real process that, when
 * told, waits until an agreed instant, tries to lock the folder as a starting server does, and says
 * whether it got the lock; then releases it when told. Run with `node --import tsx`.
 */
import { lockDataFolder } from "./lock.ts";

type Message = { go: string; at: number } | { release: true } | { exit: true };

let unlock: (() => void) | null = null;

process.on("message", (m: Message) => {
  if ("go" in m) {
    // Both sides spin to the same instant so that their attempts overlap.
    while (performance.timeOrigin + performance.now() < m.at) {
      /* spin */
    }
    try {
      unlock = lockDataFolder(m.go);
      process.send?.({ took: true });
    } catch (e) {
      process.send?.({ took: false, error: (e as Error).message });
    }
  } else if ("release" in m) {
    unlock?.();
    unlock = null;
    process.send?.({ released: true });
  } else {
    process.disconnect();
  }
});
process.send?.({ ready: true });
