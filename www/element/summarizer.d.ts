// TypeScript declarations for summarizer.js: the shape of the browser's built-in
// Summarizer (Chrome's writing-assistance APIs), backed by the extractive engine.
// tests/types/ type-checks a use of it (make test-types).

export type SummarizerType = 'key-points' | 'tldr' | 'teaser' | 'headline';
export type SummarizerFormat = 'plain-text' | 'markdown';
export type SummarizerLength = 'short' | 'medium' | 'long';
export type Availability = 'unavailable' | 'downloadable' | 'downloading' | 'available';

export interface SummarizerCreateCoreOptions {
  type?: SummarizerType;
  format?: SummarizerFormat;
  length?: SummarizerLength;
  /** Accepted and kept; an extractive summary cannot follow it. */
  expectedInputLanguages?: string[];
  expectedContextLanguages?: string[];
  outputLanguage?: string;
}

export interface SummarizerCreateOptions extends SummarizerCreateCoreOptions {
  signal?: AbortSignal;
  /** Receives an EventTarget that fires one `downloadprogress` ProgressEvent. */
  monitor?: (monitor: EventTarget) => void;
  /** Accepted and kept; an extractive summary cannot follow it. */
  sharedContext?: string;
}

export interface SummarizerSummarizeOptions {
  signal?: AbortSignal;
  /** Accepted; an extractive summary cannot follow it. */
  context?: string;
}

export declare class Summarizer {
  /** 'available' where WebAssembly runs (nothing to download first), else 'unavailable'. */
  static availability(options?: SummarizerCreateCoreOptions): Promise<Availability>;
  /** Loads the engine and returns a summarizer for these options. */
  static create(options?: SummarizerCreateOptions): Promise<Summarizer>;
  private constructor();
  readonly type: SummarizerType;
  readonly format: SummarizerFormat;
  readonly length: SummarizerLength;
  readonly sharedContext: string;
  readonly expectedInputLanguages: string[] | null;
  readonly expectedContextLanguages: string[] | null;
  readonly outputLanguage: string | null;
  /** The largest input, in UTF-8 bytes. */
  readonly inputQuota: number;
  /** How much of the quota `text` uses. */
  measureInputUsage(text: string, options?: SummarizerSummarizeOptions): Promise<number>;
  /** The summary of `text`: "- " bullets (markdown key points), lines, or one paragraph. */
  summarize(text: string, options?: SummarizerSummarizeOptions): Promise<string>;
  /** The same summary, one chunk per sentence or bullet. */
  summarizeStreaming(text: string, options?: SummarizerSummarizeOptions): ReadableStream<string>;
  /** Frees the summarizer; later calls reject with an InvalidStateError DOMException. */
  destroy(): void;
}

export default Summarizer;
