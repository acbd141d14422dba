// TypeScript declarations for summarizer-polyfill.js: installs the extractive
// Summarizer as `self.Summarizer` where the browser has none, and exports it.
export { Summarizer } from './summarizer.js';
