// TypeScript declarations for article-summary.js, the <article-summary> element.
// tests/types/ type-checks a page that uses every part of it (make test-types).

import type { Analysis, Entity, EntityLabel, Mention } from '../pkg/article_summary.js';

export type { Analysis, Entity, EntityLabel, Mention };

/** Why the element could not summarise: the `reason` of its error event. */
export type ArticleSummaryErrorReason = 'csp' | 'network' | 'compile' | 'no-article' | 'bad-selector' | 'analysis';

/** Every user-facing string of the element. */
export interface ArticleSummaryStrings {
  heading: string;
  regionLabel: string;
  toggleLabel: string;
  loading: string;
  waiting: string;
  entitiesLabel: string;
  highlight: string;
  /** "3 min read · summary 31 s", from the reading times in seconds. */
  readingTime: (articleSeconds: number, summarySeconds: number) => string;
  /** The accessible name of an entity button. */
  entityButton: (name: string, kind: string, count: number) => string;
  /** The word shown for each entity type. */
  kinds: Record<EntityLabel, string>;
  /** The message shown for each error reason. */
  errors: Record<ArticleSummaryErrorReason, string>;
  retry: string;
}

/** Strings to replace: any of them, and any entries of `kinds` and `errors`. */
export type ArticleSummaryStringsOverride = Partial<Omit<ArticleSummaryStrings, 'kinds' | 'errors'>> & {
  kinds?: Partial<Record<EntityLabel, string>>;
  errors?: Partial<Record<ArticleSummaryErrorReason, string>>;
};

/** The article the element found on the page. */
export interface ArticleSummaryArticle {
  title: string | null;
  paragraphs: string[];
}

/** `article-summary:ready`: the analysis is shown (and, with `highlight`, every mark is in). */
export interface ArticleSummaryReadyDetail {
  analysis: Analysis;
  article: ArticleSummaryArticle;
}

/** `article-summary:entity-select`: an entity button was pressed. */
export interface ArticleSummaryEntitySelectDetail {
  entity: Entity;
  /** The entity's mentions in the analysed text. */
  mentions: Mention[];
  /** False when the press turned the selection off. */
  selected: boolean;
}

/** `article-summary:error`: the error state is shown. */
export interface ArticleSummaryErrorDetail {
  reason: ArticleSummaryErrorReason;
  message: string;
  error: unknown;
}

/** The default strings. */
export declare const STRINGS: ArticleSummaryStrings;

/**
 * `<article-summary>`. Attributes: `for` (CSS selector of the article), `sentences`
 * (1–20) or `length` (`short` | `medium` | `long`), `form` (`key-points` | `tldr` |
 * `headline`), `highlight`, `collapsed`, `theme` (`light` | `dark`), `loading`
 * (`lazy` | `eager`), `wasm-url`.
 */
export declare class ArticleSummaryElement extends HTMLElement {
  static readonly observedAttributes: string[];
  /** The strings of every element without its own; setting merges into the defaults. */
  static get strings(): ArticleSummaryStrings;
  static set strings(table: ArticleSummaryStringsOverride);
  /** The last analysis (null before the first). */
  readonly analysis: Analysis | null;
  /** This element's strings; setting merges into ArticleSummaryElement.strings. */
  get strings(): ArticleSummaryStrings;
  set strings(table: ArticleSummaryStringsOverride);
  /** Finds and summarises the article now; resolves to the analysis (null on error). */
  summarize(): Promise<Analysis | null>;
  /** Removes highlighting from the host article, restoring its DOM exactly. */
  restoreArticle(): void;
}

/** Where the engine is loaded from and when it analyses in a Web Worker. */
export interface ArticleSummarySettings {
  /** The wasm-bindgen JS glue (default: ../pkg/article_summary.js beside this file). */
  glueUrl: URL | string;
  /** The .wasm (default: ../pkg/article_summary_bg.wasm). */
  wasmUrl: URL | string;
  /** The worker script; same-origin with the page. */
  workerUrl: URL | string;
  /** Every analysis in the worker (default), long ones only, or none. */
  worker: 'always' | 'auto' | 'never';
  /** Under 'auto', articles at least this long (UTF-16 units) go to the worker. */
  workerThreshold: number;
}

/** Overrides settings before the first element loads the engine; unknown keys throw. */
export declare function configure(options?: Partial<ArticleSummarySettings>): void;

declare global {
  interface HTMLElementTagNameMap {
    'article-summary': ArticleSummaryElement;
  }
  // The events bubble and are composed: element, document and window listeners see them.
  interface GlobalEventHandlersEventMap {
    'article-summary:ready': CustomEvent<ArticleSummaryReadyDetail>;
    'article-summary:entity-select': CustomEvent<ArticleSummaryEntitySelectDetail>;
    'article-summary:error': CustomEvent<ArticleSummaryErrorDetail>;
  }
}
