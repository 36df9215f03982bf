/** The extract stage's public surface: figures, entities, periods and their attribution. Other stages import only this. */
import type { EntityMention } from '../types/entity.js';
import type { ExtractContext, Figure } from '../types/figure.js';
import type { ItemKind } from '../types/item.js';
import { attributeFigures } from './attribution/index.js';
import type { Gazetteer } from './entities/index.js';
import { findEntities } from './entities/index.js';
import { extractFigures } from './figures/index.js';

export { attributeFigures, canonicalMetric } from './attribution/index.js';
export type { FindEntitiesOptions, Gazetteer, NameLinks } from './entities/index.js';
export {
  buildGazetteer,
  canonicalSubject,
  commonNoun,
  dealOwnerOf,
  findEntities,
  gazetteerTable,
  groupMembers,
  learnableNames,
  learnLinks,
  learnSoundLinks,
  linkAcross,
  linkExtraction,
  loadGazetteer,
  lookupEntry,
  mergeEntries,
  ownerOf,
  soundNames,
  summarizeEntities,
  unitOwnerOf,
} from './entities/index.js';
export type { FigureOptions } from './figures/index.js';
export { extractFigures, formatChineseAmount, formatFigureZh, ZH_CURRENCY_NAMES } from './figures/index.js';
export type { PeriodMention } from './periods/index.js';
export { findPeriods, resolvePeriod } from './periods/index.js';

/**
 * Figures (with subject / metric / period) and entities of one text. Fuzzy speech-recognition matching is on for
 * transcripts; unknown organisation names are reported as 'discovered'.
 */
export function extract(
  text: string,
  ctx: ExtractContext & { kind?: ItemKind },
  gaz: Gazetteer,
): { figures: Figure[]; entities: EntityMention[] } {
  const entities = findEntities(text, gaz, {
    fuzzy: ctx.kind === 'transcript',
    discover: true,
    ...(ctx.known ? { known: ctx.known } : {}),
  });
  const figures = attributeFigures(
    text,
    extractFigures(text, { traditional: ctx.traditional === true, ...(ctx.region ? { region: ctx.region } : {}) }),
    entities,
    ctx,
    gaz,
  );
  return { figures, entities };
}
export {
  type BudgetedExtraction,
  cpuOver,
  extractWithinLimits,
  type ItemLimits,
  refuseAfterExtract,
  refuseBeforeExtract,
} from './budget.js';
