/** Where the CLI writes: injected so tests can capture output. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
}
