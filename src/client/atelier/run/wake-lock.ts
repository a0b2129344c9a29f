// Keeps the screen on while a session runs, where the browser offers it (Screen Wake Lock API,
// detected rather than assumed). The browser drops the lock when the tab is hidden: it is asked
// for again when the tab comes back, as long as the session is still running.
interface WakeLockSentinelLike {
  released: boolean;
  release(): Promise<void>;
}
interface WakeLockLike {
  request(type: 'screen'): Promise<WakeLockSentinelLike>;
}

const wakeLock = (navigator as Navigator & { wakeLock?: WakeLockLike }).wakeLock;

let sentinel: WakeLockSentinelLike | null = null;
let wanted = false;

async function acquire(): Promise<boolean> {
  if (!wakeLock) return false;
  if (sentinel && !sentinel.released) return true;
  try {
    sentinel = await wakeLock.request('screen');
    return true;
  } catch {
    // Refused (battery saver, a hidden tab, a policy): the session runs all the same.
    sentinel = null;
    return false;
  }
}

/** Asks for the screen to stay on (true) or lets it go (false); resolves to whether it is held. */
export async function keepAwake(on: boolean): Promise<boolean> {
  wanted = on;
  if (on) return acquire();
  const held = sentinel;
  sentinel = null;
  await held?.release().catch(() => undefined);
  return false;
}

document.addEventListener('visibilitychange', () => {
  if (wanted && document.visibilityState === 'visible') void acquire();
});
