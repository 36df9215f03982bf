/** Typed store errors: `[store] [sqlite] …` with a cause. */
export class StoreError extends Error {
  constructor(
    readonly driver: string,
    reason: string,
    options?: { cause?: unknown },
  ) {
    super(`[store] [${driver}] ${reason}`, options);
    this.name = 'StoreError';
  }
}
