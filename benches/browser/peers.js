// The JS libraries a site would otherwise embed, bundled for the bench page by run.mjs.
import nlp from 'compromise';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

const wink = winkNLP(model);
const its = wink.its;

window.peers = {
  // compromise: people, places, organizations (its entity extraction) and sentences.
  compromiseEntities(text) {
    const doc = nlp(text);
    return {
      people: doc.people().out('array').length,
      places: doc.places().out('array').length,
      organizations: doc.organizations().out('array').length,
    };
  },
  compromiseSentences(text) {
    return nlp(text).sentences().length;
  },
  // wink-nlp: sentence importance (its summariser's core) plus its entities.
  winkImportance(text) {
    const doc = wink.readDoc(text);
    return doc.out(its.sentenceWiseImportance).length;
  },
  winkEntities(text) {
    return wink.readDoc(text).entities().out().length;
  },
};
