import type { Scheduling } from './ports';

/** Yields to input and painting for one task; a message, unlike a timer, is not slowed in a background window. */
export const nextTask = (): Promise<void> =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });

/** The window's timers, clocks, idle callbacks and focus: what the document session runs on in the app. */
export const browserScheduling: Scheduling = {
  setTimeout: (run, ms) => window.setTimeout(run, ms),
  clearTimeout: (handle) => window.clearTimeout(handle as number),
  setInterval: (run, ms) => window.setInterval(run, ms),
  clearInterval: (handle) => window.clearInterval(handle as number),
  now: () => performance.now(),
  wallClock: () => Date.now(),
  nextTask,
  requestIdle: (run, timeoutMs) => window.requestIdleCallback(run, { timeout: timeoutMs }),
  cancelIdle: (handle) => window.cancelIdleCallback(handle as number),
  onWindowFocus(listener) {
    window.addEventListener('focus', listener);
    return () => window.removeEventListener('focus', listener);
  },
};
