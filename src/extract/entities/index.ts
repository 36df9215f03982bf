/** Public surface of entity recognition: gazetteer loading, exact / fuzzy / discovered mentions, summaries. */
import type { EntityMention } from '../../types/entity.js';
import { append } from '../../util/arrays.js';
import { matchAliases } from './alias-index.js';
import { applyDescriptions } from './descriptions.js';
import { bracketGlosses, discoverNames, unitNames } from './discover.js';
import { matchFuzzy } from './fuzzy.js';
import { type Gazetteer, lookupEntry } from './gazetteer.js';
import { matchSplitNames } from './split-names.js';

export { gazetteerTable } from '../data-tables.js';
export { commonNoun } from './common-nouns.js';
export type { Gazetteer } from './gazetteer.js';
export {
  buildGazetteer,
  canonicalSubject,
  dealOwnerOf,
  groupMembers,
  loadGazetteer,
  lookupEntry,
  mergeEntries,
  ownerOf,
  unitOwnerOf,
} from './gazetteer.js';
export { knownMentions, learnableNames } from './known-names.js';
export { glossPairs, learnLinks, learnSoundLinks, linkAcross, linkExtraction, linkedName, type NameLinks } from './name-links.js';
export { phoneticKey } from './phonetic.js';
export { soundLinks, soundNames } from './pinyin-links.js';
export { summarizeEntities } from './summary.js';

export interface FindEntitiesOptions {
  /** Also match speech-recognition misspellings ('Open AAI', 'McKenzie'); on for transcripts. */
  fuzzy?: boolean;
  /** Also report unknown organisation names ('Figure AI', 'XX科技') with match 'discovered'. */
  discover?: boolean;
  /**
   * Also match names a speech recogniser split into ordinary words ('and tropic', 'Gold man Sachs', 'Micro soft'),
   * before the fuzzy pass (so 'Micro' of 'Micro soft' is not read as Micron). Off by default; notes turn it on.
   */
  splitNames?: boolean;
  /** Names other texts introduced (known-names.ts), matched as discovered names; with `discover` only. */
  known?: readonly string[];
}

/**
 * Entity mentions in `text`, sorted by start and non-overlapping: exact aliases first, then fuzzy and discovered ones
 * in the gaps. Example: '英伟达向OpenAI投资' → [Nvidia 0–3, OpenAI 4–10].
 */
export function findEntities(text: string, gaz: Gazetteer, opts: FindEntitiesOptions = {}): EntityMention[] {
  let found = matchAliases(text, gaz.aliases);
  if (opts.splitNames) append(found, matchSplitNames(text, gaz.fuzzy, found));
  if (opts.fuzzy) append(found, matchFuzzy(text, gaz.fuzzy, gaz.rules, found));
  if (opts.discover) {
    found = unitNames(text, gaz.rules, found);
    append(found, discoverNames(text, gaz.rules, found, opts.known));
    found.sort((a, b) => a.start - b.start);
    found = bracketGlosses(text, found);
  }
  found.sort((a, b) => a.start - b.start);
  return applyDescriptions(text, found, gaz.rules, (name) => lookupEntry(name, gaz));
}
