// The clusterer's input and options (the public shapes of src/cluster).

/** One item as the clusterer sees it: text plus the entities and key figures extraction found. */
export interface ClusterInput {
  id: string;
  title: string;
  text: string;
  lang: 'zh' | 'en' | 'mixed';
  /** ISO date or date-time; null when unknown. */
  date: string | null;
  /** Canonical entity names found in the item (may be empty / absent). */
  entities?: string[];
  /** Key figures (money / percent / ...) used as evidence that two reports tell the same event. */
  figures?: { value: number; currency?: string; kind: string; subject?: string }[];
}

export interface ClusterOptions {
  /** Score (0..1) a pair or group must reach to join; default 0.5. */
  threshold?: number;
  /** Items further apart in date never join (a story spans at most this many days); default 3. */
  windowDays?: number;
}
