/** Entities: companies, labs, people, products / models, media, places. */

export type EntityType = 'org' | 'person' | 'product' | 'media' | 'place';

/** One gazetteer row (data/gazetteer.json, extendable by the user). */
export interface GazetteerEntry {
  name: string;
  type: EntityType;
  aliases: string[];
  /** For groups (四巨头 / Big Four): canonical names of members. */
  members?: string[];
  /** Free tags: `chip`, `cloud`, `lab`, `investor`, `big-tech`, `china` ... used for weights and impact rules. */
  tags?: string[];
  /** Canonical name of the owner: a product's maker (H20 → Nvidia, ChatGPT → OpenAI). Figures about it are attributed to the owner. */
  parent?: string;
  /** A business unit's owner (AWS → Amazon, 腾讯云 → Tencent): figures keep the unit, deals and loops count it as the owner. */
  unitOf?: string;
  /** How Chinese news writes the name when that is not its first short Chinese alias (Meta, not the old 脸书). */
  zh?: string;
}

/** An entity found in a text: offsets into the text, end exclusive. */
export interface EntityMention {
  /** Canonical name. */
  name: string;
  type: EntityType;
  start: number;
  end: number;
  text: string;
  /** How it matched: an exact alias, a fuzzy (speech-recognition) match, or a discovered unknown name. */
  match: 'alias' | 'fuzzy' | 'discovered';
}

/** `entities --json` line. */
export interface EntitySummary {
  name: string;
  type: EntityType;
  aliases: string[];
  mentions: number;
}
