/** The digest model: what selection + an engine produce and what render/ turns into Markdown. */

import type { EntityMention } from './entity.js';
import type { Figure } from './figure.js';
import type { ItemRecord } from './item.js';
import type { Claim, DealEdge, DerivedFact } from './knowledge.js';
import type { Story } from './story.js';

/** A source cited by a digest story. */
export interface SourceRef {
  title: string;
  url: string | null;
  /** Outlet / host name or file name shown to the reader. */
  outlet: string;
  itemId: string;
}

/** Everything an engine may use to write one story: the story, its items and the knowledge about them. */
export interface StoryBundle {
  story: Story;
  items: ItemRecord[];
  /** Figures per item id, with subject / metric / period filled where known. */
  figures: Record<string, Figure[]>;
  entities: Record<string, EntityMention[]>;
  /** Claims touching this story's figures (including conflicts with other sources and earlier claims). */
  claims: Claim[];
  derived: DerivedFact[];
  deals: DealEdge[];
  /** Ranking score and the section chosen by selection. */
  score: number;
  section: string;
  minor: boolean;
  /** Outlet names (as readers know them) of items outside the story that its claims cite, by item id; null when unnamed. */
  outlets?: Record<string, string | null>;
  /**
   * Items of the same story dated on earlier days (what already ran): a follow-up leads with what is new that day and
   * never repeats the earlier day's headline. Never a source of the story's text.
   */
  earlier?: { day: string; items: ItemRecord[] }[];
  /**
   * Items of the same story dated on earlier days that no earlier digest printed (select's `printed`): never told, so
   * never what a follow-up must avoid; only background (a Chinese name an earlier source glosses).
   */
  unprinted?: ItemRecord[];
  /**
   * Items outside the story, dated on an earlier day, whose statements the story's claims hold (item id → day): news
   * already told on that day by another story. A fact one of them states with the same value is not today's news.
   */
  toldBefore?: Record<string, string>;
  /**
   * The figures of `toldBefore` items an earlier digest printed (item id → their values), when the digests are at hand:
   * only those were told; another figure of the same item is news the day it is first printed.
   */
  toldValues?: Record<string, number[]>;
  /**
   * What earlier digests printed of each `earlier` item (item id → the amounts and rates of the blocks that linked it),
   * when the digests are at hand: a figure the item stated that no such block printed was never told, so it is news
   * the day a digest first prints it. An item absent here (no link to read) counts as told in every figure.
   */
  earlierPrinted?: Record<string, PrintedFigure[]>;
  /**
   * The Chinese name (all Han characters) Chinese items of the day write an entity with, by canonical name, for the
   * entities no table names in Chinese: a story told only in English then names the company as the day's other stories
   * do (澜芯科技, not Lanxin Technology).
   */
  dayNames?: Record<string, string>;
}

/** One written story of a digest. Text fields are Markdown; numbers in them passed the numeric guard. */
export interface DigestStory {
  storyId: string;
  headline: string;
  section: string;
  sources: SourceRef[];
  /** One to three paragraphs (stories style) / the lead paragraph first (sections style). */
  paragraphs: string[];
  /** Labelled bullet blocks for the sections style: label (关键数据, 核心突破, ...) → bullets. */
  blocks: { label: string; bullets: string[] }[];
  /** 深度解读 & 洞察 bullets. */
  insights: string[];
  /** 影响 bullets, each starting with 利好：, 利空： or 投资启示：. */
  impacts: string[];
  /** One line for 更多动态 and the front matter summary. */
  oneLine: string;
  /**
   * An English-only story whose lead figure its sentence does not vouch for (owner, role or measure): its 更多动态 line,
   * the event in words without the figure (`据路透社报道，亚马逊向Anthropic追加投资。`); '' when there is no event to say.
   */
  eventLine?: string;
  /** English-only stories: the English original, shown only inside a `<details>` fold. */
  original?: string;
  /** The figure that leads the story (for the title and cover). */
  keyFigure: Figure | null;
  minor: boolean;
  /**
   * Everything the story could lead with was told on an earlier day (its headline is marked 续报): listed under 更多动态
   * when the day has another top story.
   */
  toldBefore?: boolean;
  /**
   * An English-only story written from templates whose body is one sentence (the event or one fact): it never opens
   * the day while a story with a Chinese source or a fuller body remains.
   */
  brief?: boolean;
  /**
   * An English-only story whose title's event the engine could not say and that holds fewer than two facts of its
   * own: no top story while another remains, a one-liner under 更多动态.
   */
  thin?: boolean;
  /**
   * Nothing of the story's own to say (no event, no fact of its news; only a generic `X相关动态` headline): the digest
   * leaves it out, neither a top story nor a line under 更多动态.
   */
  empty?: boolean;
  /**
   * The tie the offline engine composed into the lead (`澜芯科技既是星衡智算的基石投资者，也是其供应商。`) and the two
   * parties as it names them: the digest says one tie of a pair once, and not when a recent digest said it (decision 148).
   */
  tie?: { text: string; parties: readonly [string, string] };
}

export type DigestStyle = 'stories' | 'sections';

/** A guard event: a generated sentence with a number that no source or derived figure supports. */
export interface GuardEvent {
  storyId: string;
  sentence: string;
  number: string;
  /** `offline`: the story kept too little text after the guard and was written again by the offline engine. */
  action: 'regenerated' | 'dropped' | 'offline';
}

export interface Digest {
  date: string;
  title: string;
  category: string;
  tags: string[];
  seo: string[];
  coverImage: string;
  /** One line per top story. */
  summary: string[];
  style: DigestStyle;
  stories: DigestStory[];
  /** Minor items for 更多动态. */
  more: DigestStory[];
  /** Appended verbatim when configured. */
  footer: string | null;
  engine: string;
  guard: GuardEvent[];
}

/** A figure an earlier digest printed (read back from its Markdown): what was told, by kind, value and currency. */
export interface PrintedFigure {
  kind: Figure['kind'];
  value: number;
  currency?: string;
  /**
   * Half the unit of the last digit the digest printed (`约7.5亿美元`: 0.05亿 = 5e6): a source's 7.45亿 is the figure it
   * rounded. Optional, additive (absent: the value as printed, within half a percent).
   */
  half?: number;
  /** A printed range's ends (`148亿至156亿美元`; `value` is its high end). Optional, additive (absent: one value). */
  low?: number;
  high?: number;
}
