// Public surface of the cluster stage: same-story clustering of items, plus the near-duplicate primitives.
export { clusterStories, storyId } from './cluster.js';
export { itemShingles } from './features.js';
export type { ClusterInput, ClusterOptions } from './input.js';
export { CLUSTER_FIGURE_KINDS, clusterInput, NEWS_KINDS, storiesOfItems } from './items.js';
export { estimateJaccard, minhashSignature } from './minhash.js';
export { shingleHashes } from './shingles.js';
export {
  BlockKeyInterner,
  COUNTS_STATE,
  clusterFeatureSet,
  countsFromBytes,
  countsToBytes,
  type FreshItem,
  featuresOfRow,
  freshFeatures,
  leadOnly,
  ownStory,
  ownStoryRow,
  resign,
  SHINGLE_STATE,
  ShingleFrequency,
  signatureIsYoung,
  windowDay,
  YOUNG_STORE_DOCS,
} from './stored.js';
