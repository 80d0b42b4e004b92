// Settings and the content pack as last read, kept until storage says they changed. Every agent's and panel's
// message needs them, and a read is two storage reads, a schema check and a merge: work the background did again
// for each page the clerk opened, competing with the page's own loading on a two-core office PC.

type StorageEvents = {
  onChanged: {
    addListener(l: (changes: Record<string, unknown>, area: string) => void): void;
    removeListener(l: (changes: Record<string, unknown>, area: string) => void): void;
  };
};

export interface ReadCache<T> {
  load(): Promise<T>;
  stop(): void;
}

/** `read` again after a change in `area` (any key, or one of `keys`); a failed read is not kept. */
export function createReadCache<T>(
  read: () => Promise<T>,
  storage: StorageEvents,
  changedBy: { area: string; keys?: string[] }[],
): ReadCache<T> {
  let current: Promise<T> | null = null;
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (changedBy.some((c) => c.area === area && (!c.keys || c.keys.some((k) => k in changes))))
      current = null;
  };
  storage.onChanged.addListener(onChanged);
  return {
    load() {
      if (!current) {
        const reading = read();
        current = reading;
        reading.catch(() => {
          if (current === reading) current = null;
        });
      }
      return current;
    },
    stop: () => storage.onChanged.removeListener(onChanged),
  };
}
