/**
 * Resolves once the browser has painted what the current task changed: after the next
 * animation frame, in a task of its own. A screen that shows a scan at once and writes it
 * just after lets the picker see the count before the write and the views' work take the
 * main thread. Never waits long: a hidden window runs no animation frames, so a short
 * timer resolves it too.
 */
export function afterPaint(limitMs = 50): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      resolve();
    };
    const timer = setTimeout(finish, limitMs);
    if (typeof requestAnimationFrame !== 'function') return;
    requestAnimationFrame(() => {
      // The frame's paint follows the animation-frame callbacks: a new task runs after it.
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        clearTimeout(timer);
        channel.port1.close();
        finish();
      };
      channel.port2.postMessage(null);
    });
  });
}
