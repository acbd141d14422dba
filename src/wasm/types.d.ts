// Hand-written TypeScript types for the JS API; appended to the generated .d.ts.
// tests/wasm.rs checks each interface against the objects analyze() returns.
/** Entity types: people, organizations, places, other names, and the pattern types. */
export type EntityLabel =
  | "PER" | "ORG" | "LOC" | "MISC"
  | "DATE" | "TIME" | "MONEY" | "PERCENT" | "NUMBER";

/** What a paragraph is: only prose is ever summarised. */
export type BlockKind = "prose" | "heading" | "boilerplate";

/** The shape of the summary. */
export type SummaryForm = "key-points" | "tldr" | "headline";

/** Options for `analyze`; every field is optional. Give at most one of
 *  `sentences`, `words` and `ratio` (default: 3 sentences). */
export interface AnalyzeOptions {
  /** Number of summary sentences, 1 to 1000. */
  sentences?: number;
  /** Word budget for the summary, 1 to 100000 (at least one sentence). */
  words?: number;
  /** Fraction of the article's prose sentences, in (0, 1]. */
  ratio?: number;
  /** Bullets (`key-points`, default), one paragraph (`tldr`) or one sentence (`headline`). */
  form?: SummaryForm;
  /** The article's title, if known: it steers selection. At most 1000 bytes. */
  title?: string;
  /** A term or phrase to prefer in the summary. At most 1000 bytes. */
  focus?: string;
}

/**
 * One named part of a sentence's score ("why this sentence"). `feature` is one of
 * `position`, `centrality`, `entities`, `topic`, `form`; `coverage` when the summary
 * keeps more than a third of the article (an abridgement); `focus` when a focus is given.
 */
export interface Contribution {
  feature: string;
  value: number;
}

/** A sentence; `start`/`end` are UTF-16 offsets into the input (`text.slice(start, end)`). */
export interface Sentence {
  index: number;
  start: number;
  end: number;
  /** The sentence as shown: whitespace normalised, no space before a word's comma or full stop. */
  text: string;
  /** Index of its paragraph. */
  paragraph: number;
  kind: BlockKind;
  /** Summary-worthiness; `null` for sentences that may not be summarised. */
  score: number | null;
  /** Whether it is in the summary. */
  selected: boolean;
  contributions: Contribution[];
}

/** One mention of an entity; `start`/`end` are UTF-16 offsets into the input. */
export interface Mention {
  start: number;
  end: number;
  text: string;
  label: EntityLabel;
  /** Index into `Analysis.entities`. */
  entity: number;
}

/** All mentions of one entity, under its fullest name. */
export interface Entity {
  id: number;
  canonical: string;
  label: EntityLabel;
  count: number;
  /** Indices into `Analysis.mentions`. */
  mentions: number[];
}

/** The summary: selected sentences in article order. */
export interface Summary {
  /** Indices into `Analysis.sentences`. */
  sentences: number[];
  /** Selected sentences joined by "\n" (key points, headline) or " " (tldr). */
  text: string;
  form: SummaryForm;
  words: number;
}

/** A phrase that says what the article is about. */
export interface Keyphrase {
  text: string;
  score: number;
  count: number;
}

/** Counts a reader sees. */
export interface Stats {
  /** Unicode code points in the input. */
  characters: number;
  words: number;
  sentences: number;
  paragraphs: number;
  readingSeconds: number;
  summaryReadingSeconds: number;
}

/** Everything the widget shows about one article. */
export interface Analysis {
  /** Article text, whitespace normalised, boilerplate removed, paragraphs split by blank lines. */
  cleanedText: string;
  sentences: Sentence[];
  summary: Summary;
  /** In document order. */
  mentions: Mention[];
  /** Most mentioned first. */
  entities: Entity[];
  /** Best first. */
  keyphrases: Keyphrase[];
  stats: Stats;
}

/** The article `extractArticle` found in the live page. */
export interface ExtractedArticle {
  /** The page's title as the article gives it, if any. */
  title: string | null;
  /** The body's paragraphs, in order. */
  paragraphs: string[];
  /** The paragraphs joined by blank lines: what to pass to `analyze`. */
  text: string;
  /** The page's Text nodes that make up the body, in order (for highlighting in place). */
  textNodes: Text[];
}

/** Hard limits of `analyze`. */
export interface Limits {
  /** Longest accepted input, in UTF-8 bytes. */
  maxInputBytes: number;
}
