// Waits, bounded, for the first event of a device that `pick` turns into a value.

interface Subscribable<E> {
  subscribe(listener: (event: E) => void): () => void;
}

export function waitForEvent<E, T>(device: Subscribable<E>, pick: (event: E) => T | undefined, withinMs: number): Promise<T | undefined> {
  return new Promise((resolve) => {
    let stop = () => {};
    const timer = setTimeout(() => {
      stop();
      resolve(undefined);
    }, withinMs);
    stop = device.subscribe((event) => {
      const value = pick(event);
      if (value === undefined) return;
      clearTimeout(timer);
      stop();
      resolve(value);
    });
  });
}
