/**
 * The stage of a deal's news (decision 106): in talks (rumoured, considering, planned) → launched (announced, filed,
 * books opened) → done (signed, agreed, priced, closed, approved). A story continuing an earlier day's item whose own
 * items reach a later stage heads on that stage, never on the stage the reader was told before: `北风系统完成融资35亿美元`,
 * not `北风系统融资35亿美元` over an article titled `Northwind Systems Closes $3.5 Billion Round` after day one's talks.
 * Cue words are data (data/stage-cues.json). Pure.
 */

import { z } from 'zod';
import type { ItemRecord, StoryBundle } from '../../types/index.js';
import { loadDataTable } from '../../util/data-table.js';

/** A deal's stage, in order. */
export type Stage = 'talks' | 'launched' | 'done';

const ORDER: readonly Stage[] = ['talks', 'launched', 'done'];

const schema = z
  .object({
    stages: z.array(z.object({ id: z.enum(['talks', 'launched', 'done']), en: z.string().min(1), zh: z.string().min(1) })),
    notYet: z.object({ en: z.string().min(1), zh: z.string().min(1) }),
    events: z.array(z.object({ zh: z.string().min(1), done: z.string().min(1), family: z.string().min(1) })),
    talksWords: z.string().min(1),
    families: z.array(
      z.object({
        id: z.string().min(1),
        en: z.string().min(1),
        zh: z.string().min(1),
        pending: z
          .object({ en: z.string().min(1), zh: z.string().min(1), unless: z.object({ en: z.string().min(1), zh: z.string().min(1) }) })
          .optional(),
      }),
    ),
  })
  .passthrough();

interface Cues {
  stages: { id: Stage; en: RegExp; zh: RegExp }[];
  notYetEn: RegExp;
  notYetZh: RegExp;
  events: { zh: string; done: string; family: string }[];
  talksBefore: RegExp;
  families: Family[];
}

/** An event family (a round, a stake purchase, a bond…): its words, and the words telling it still to come. */
interface Family {
  id: string;
  words: RegExp[];
  pending?: RegExp[];
  unless?: RegExp[];
}
let cues: Cues | undefined;
function table(): Cues {
  if (!cues) {
    const t = loadDataTable('stage-cues.json', schema);
    cues = {
      stages: t.stages.map((s) => ({ id: s.id, en: new RegExp(s.en, 'giu'), zh: new RegExp(s.zh, 'gu') })),
      notYetEn: new RegExp(t.notYet.en, 'iu'),
      notYetZh: new RegExp(t.notYet.zh, 'u'),
      events: t.events,
      talksBefore: new RegExp(`(?:${t.talksWords})$`, 'u'),
      families: t.families.map((f) => ({
        id: f.id,
        words: [new RegExp(f.en, 'giu'), new RegExp(f.zh, 'gu')],
        ...(f.pending
          ? {
              pending: [new RegExp(f.pending.en, 'iu'), new RegExp(f.pending.zh, 'u')],
              unless: [new RegExp(f.pending.unless.en, 'iu'), new RegExp(f.pending.unless.zh, 'u')],
            }
          : {}),
      })),
    };
  }
  return cues;
}

/** Whether stage `a` is later than stage `b` (no stage is earlier than any). */
export function laterStage(a: Stage | undefined, b: Stage | undefined): boolean {
  return a !== undefined && ORDER.indexOf(a) > (b === undefined ? -1 : ORDER.indexOf(b));
}

/** The later of two stages. */
function latest(a: Stage | undefined, b: Stage | undefined): Stage | undefined {
  return laterStage(b, a) ? b : a;
}

/**
 * The latest stage a text's words tell: a done or launched word counts unless a word of intent stands right before it
 * (接近完成, 拟签署, nears completion, is expected to close), which keeps it a plan. Undefined when no word tells one.
 * @example stageOf('Northwind Systems Closes $3.5 Billion Round') // → 'done'
 * @example stageOf('北风系统拟签署算力采购协议') // → 'talks'
 */
export function stageOf(text: string, family?: string): Stage | undefined {
  const t = table();
  let found: Stage | undefined;
  for (const s of t.stages) {
    for (const re of [s.en, s.zh]) {
      re.lastIndex = 0;
      for (const m of text.matchAll(re)) {
        // Read for one event: a later stage's word governing another event (a bond priced) tells nothing of it.
        if (family !== undefined && s.id !== 'talks' && !governs(text, m.index, m[0].length, family)) continue;
        const before = text.slice(Math.max(0, m.index - 30), m.index);
        const planned = s.id !== 'talks' && (re === s.en ? t.notYetEn.test(before) : t.notYetZh.test(before));
        found = latest(found, planned ? 'talks' : s.id);
      }
    }
  }
  return found;
}

/** A text's sentences. */
function sentences(text: string): string[] {
  return text.split(/(?<=[。！？])|(?<=[.!?])\s+(?=[A-Z"“])/u);
}

/**
 * Whether the stage word at `at` (length `len`) is of the event `family`: the event word nearest it in its clause is of
 * that family, or its clause names no event (`Northwind Closes $3.5 Billion Round` governs a round; `Lumen Robotics prices
 * $2 billion of bonds` does not govern a stake purchase).
 */
function governs(text: string, at: number, len: number, family: string): boolean {
  const start = Math.max(text.lastIndexOf(',', at), text.lastIndexOf('，', at), text.lastIndexOf(';', at), text.lastIndexOf('；', at)) + 1;
  const ends = [',', '，', ';', '；'].map((c) => text.indexOf(c, at + len)).filter((i) => i >= 0);
  const clause = text.slice(start, ends.length > 0 ? Math.min(...ends) : text.length);
  const here = at - start;
  let nearest: { id: string; gap: number } | undefined;
  for (const f of table().families) {
    for (const re of f.words) {
      re.lastIndex = 0;
      for (const m of clause.matchAll(re)) {
        const gap = m.index >= here + len ? m.index - (here + len) : m.index + m[0].length <= here ? here - (m.index + m[0].length) : 0;
        if (!nearest || gap < nearest.gap) nearest = { id: f.id, gap };
      }
    }
  }
  return nearest === undefined || nearest.id === family;
}

/** An item's stage: its title's, else its opening sentence's (of one event family when given). */
export function itemStage(item: Pick<ItemRecord, 'title' | 'text'>, family?: string): Stage | undefined {
  const opening = sentences(item.text)[0] ?? '';
  return stageOf(item.title, family) ?? stageOf(opening, family);
}

/**
 * Whether any of the items tells the event family still to come (will buy, agreed to buy, is buying, 将认购, 认购 not yet
 * 完成) in a sentence that does not also tell it completed or closed.
 */
export function pendingIn(items: readonly Pick<ItemRecord, 'title' | 'text'>[], family: string): boolean {
  const f = table().families.find((x) => x.id === family);
  if (!f?.pending) return false;
  const { pending, unless } = f;
  return items.some((i) =>
    [i.title, ...sentences(i.text)].some((s) => pending.some((re) => re.test(s)) && !(unless ?? []).some((re) => re.test(s))),
  );
}

/** The stage the story's earlier days told (its own items an earlier digest printed) and the one today's items reach. */
export interface StoryStages {
  earlier: Stage | undefined;
  today: Stage | undefined;
}

/** The stages of a story: the latest of its earlier days' items, the latest of today's. */
export function storyStages(bundle: Pick<StoryBundle, 'items' | 'earlier'>): StoryStages {
  const of = (items: readonly ItemRecord[]) => items.reduce<Stage | undefined>((s, i) => latest(s, itemStage(i)), undefined);
  return { earlier: of((bundle.earlier ?? []).flatMap((d) => d.items)), today: of(bundle.items) };
}

/**
 * Whether the story is a day-two story whose own items reach a stage later than any its earlier days told: the day's
 * news is the stage (the signing, the close), not the figures the reader already has.
 */
export function advanced(stages: StoryStages): boolean {
  return stages.earlier !== undefined && laterStage(stages.today, stages.earlier);
}

/**
 * Whether a day-two head tells the day's stage (decision 140): the story's own items reach a later stage today than its
 * earlier days told (launched → priced, talks → closed) and the head says that stage (定价, 完成, 签署). Such a head is
 * the day's news even when every figure in it ran before (a listing priced at the top of the range it launched with
 * raises the same 62亿港元 the launch printed as its maximum): never a 续报 of the launch.
 * @example stageHead({ earlier: 'launched', today: 'done' }, '星河算力港股IPO定价于区间上限，募资62亿港元') // → true
 */
export function stageHead(stages: StoryStages, head: string): boolean {
  return advanced(stages) && stageOf(head) === stages.today;
}

/** A two-part title (主题：副题, 栏目｜题, 题——副题) is a feature's, not a news head. */
const TWO_PART = /[：:｜|]|——/u;
/** A Latin name (Northwind Systems) as one word, for a head's length: head-names.ts shortens it later. */
const LATIN_NAME = /[A-Za-z][A-Za-z .&'-]*[A-Za-z]/g;

/**
 * Whether a head telling today's stage can stay as it is (decision 140): one part, within the head limit once a Latin
 * name counts as one word. A two-part title with its subtitle is cut or replaced as any follow-up's head.
 * @example stageNewsHead('北风系统港股IPO定价于区间上限，募资42亿港元', 30) // → true
 */
export function stageNewsHead(head: string, limit: number): boolean {
  return !TWO_PART.test(head) && [...head.replace(LATIN_NAME, 'X')].length <= limit;
}

/**
 * A Chinese head (or a template sentence) told at the done stage: the word of that stage before the first event word
 * (`北风系统融资35亿美元` → `北风系统完成融资35亿美元`), replacing a talks word right before it (`拟融资` → `完成融资`).
 * Unchanged when it tells the done stage already; undefined when its words can not be told so (no event word, or a
 * talks word elsewhere in it: `高通拟15亿美元入股…` is left to say what it says).
 * @example doneHead('北风系统拟融资35亿美元') // → '北风系统完成融资35亿美元'
 */
export function doneHead(head: string): string | undefined {
  if (stageOf(head) === 'done') return head;
  const first = headEvent(head);
  if (!first) return undefined;
  const t = table();
  const before = head.slice(0, first.at);
  const talks = before.match(t.talksBefore);
  const stem = talks ? before.slice(0, before.length - talks[0].length) : before;
  const out = `${stem}${first.e.done}${head.slice(first.at)}`;
  // A word of intent left elsewhere (拟15亿美元入股) would contradict the done word.
  return talksWord(out) ? undefined : out;
}

/** The head's first event word and where it stands. */
function headEvent(head: string): { e: Cues['events'][number]; at: number } | undefined {
  return table()
    .events.map((e) => ({ e, at: head.indexOf(e.zh) }))
    .filter((x) => x.at > 0)
    .sort((a, b) => a.at - b.at)[0];
}

/** Whether a text holds a word of the talks stage. */
function talksWord(text: string): boolean {
  const talks = table().stages.find((s) => s.id === 'talks');
  if (!talks) return false;
  return [talks.en, talks.zh].some((re) => {
    re.lastIndex = 0;
    return re.test(text);
  });
}

/**
 * A day-two story's head (and an English story's template lead paragraph) told at the stage its own items reach when
 * that is the done stage and later than any its earlier days told. Undefined when nothing changes.
 */
export function dayTwoStage(
  bundle: Pick<StoryBundle, 'items' | 'earlier'>,
  headline: string,
  lead: string | undefined,
): { headline: string; lead?: string } | undefined {
  const stages = storyStages(bundle);
  if (!advanced(stages) || stages.today !== 'done') return undefined;
  // The done stage must be the head's own event's: read today's items for that event, and none may tell it still to come.
  const family = headEvent(headline)?.e.family;
  if (family !== undefined) {
    const own = bundle.items.reduce<Stage | undefined>((s, i) => latest(s, itemStage(i, family)), undefined);
    if (own !== 'done' || pendingIn(bundle.items, family)) return undefined;
  }
  const head = doneHead(headline);
  if (head === undefined || head === headline) return undefined;
  // The lead's first sentence, when it is the template's (an English story): told at the same stage.
  const first = lead?.match(/^[^。！？]*[。！？]/u)?.[0];
  const told = first !== undefined ? doneHead(first) : undefined;
  return told !== undefined && lead !== undefined && first !== undefined
    ? { headline: head, lead: `${told}${lead.slice(first.length)}` }
    : { headline: head };
}
