/** How the pipeline tells the outside what it is doing: progress and messages, never printing itself. */

export interface Progress {
  tick(n?: number): void;
  done(): void;
}

export interface Reporter {
  /** A stage with a known amount of work (shown as a progress bar by the CLI on a TTY). */
  progress(stage: string, total: number): Progress;
  info(message: string): void;
  warn(message: string): void;
}

/** A reporter that says nothing (tests, library use). */
export const silentReporter: Reporter = {
  progress: () => ({ tick() {}, done() {} }),
  info() {},
  warn() {},
};
