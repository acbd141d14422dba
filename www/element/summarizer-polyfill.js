// Opt-in polyfill: installs the extractive Summarizer as `self.Summarizer` only where the
// browser has none, so a site can write one code path:
//   <script type="module" src="/element/summarizer-polyfill.js"></script>
//   if (await Summarizer.availability() === 'available') { ... }
import { Summarizer } from './summarizer.js';

if (!('Summarizer' in self)) {
  Object.defineProperty(self, 'Summarizer', { value: Summarizer, writable: true, configurable: true });
}

export { Summarizer };
