// Runs inside the kiosk page (added as an init script): from each pointer event to the first
// frame painted with the view that answers it. The answer is the first DOM change after the
// tap; the frame is the next requestAnimationFrame, and "painted" is the task right after it.
export function installTouchProbe(): void {
  const probe = window as unknown as { __tapToFrameMs: number[] };
  probe.__tapToFrameMs = [];
  let tapAt: number | undefined;
  window.addEventListener(
    'pointerdown',
    (event) => {
      tapAt = event.timeStamp;
      performance.mark('kiosk:tap');
    },
    { capture: true },
  );
  new MutationObserver(() => {
    if (tapAt === undefined) return;
    const startedAt = tapAt;
    tapAt = undefined;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        performance.mark('kiosk:painted');
        probe.__tapToFrameMs.push(performance.now() - startedAt);
      };
      channel.port2.postMessage(null);
    });
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
}
