/** The HTML pages: each route reads through WebData and calls one pure render function of pages/. */
import { Hono } from 'hono';
import type { WebData } from '../data.js';
import { langOf } from '../i18n.js';
import { chartData, chartEntities } from '../model/chart.js';
import { type FactSort, factChoices, factRows, filterFacts, sortFacts } from '../model/facts.js';
import { graphData } from '../model/graph.js';
import { chartsPage } from '../pages/charts.js';
import { archivePage, digestPage } from '../pages/digest.js';
import { entityPage } from '../pages/entity.js';
import { factsPage } from '../pages/facts.js';
import { graphPage } from '../pages/graph.js';
import { messagePage } from '../pages/layout.js';
import { highlightsPage, noteReaderPage, notesListPage, type ReaderMode } from '../pages/reader.js';
import { searchPage } from '../pages/search.js';
import { sourcesPage } from '../pages/sources.js';
import { itemPage, storyPage } from '../pages/story.js';
import { factFilterOf } from './params.js';

/** Rows one facts page shows (the CSV export has them all). */
const FACTS_PAGE_ROWS = 500;
const SORTS: readonly FactSort[] = ['subject', 'metric', 'period', 'value', 'sources'];

export function pageRoutes(data: WebData): Hono {
  const app = new Hono();
  const notFound = (lang: ReturnType<typeof langOf>, path: string) => messagePage(lang, 'notFound', path);

  app.get('/', async (c) => {
    const lang = langOf(c.req.query('lang'));
    const d = await data.digest();
    return c.html(
      digestPage({ lang, entry: d?.entry ?? null, sections: d?.sections ?? [], older: d?.older ?? null, newer: null, path: '/' }),
    );
  });
  app.get('/digest/:date', async (c) => {
    const lang = langOf(c.req.query('lang'));
    const date = c.req.param('date');
    const d = await data.digest(date);
    if (!d?.entry) return c.html(notFound(lang, c.req.path), 404);
    return c.html(digestPage({ lang, ...d, path: `/digest/${date}` }));
  });
  app.get('/archive', (c) => c.html(archivePage(langOf(c.req.query('lang')), data.digests())));

  app.get('/story/:id', async (c) => {
    const lang = langOf(c.req.query('lang'));
    const v = await data.story(c.req.param('id'));
    if (!v) return c.html(notFound(lang, c.req.path), 404);
    const outletOf = await data.outlets(v.claims.flatMap((x) => x.statements.map((st) => st.itemId)));
    return c.html(storyPage({ lang, ...v, outletOf }));
  });
  app.get('/item/:id', async (c) => {
    const lang = langOf(c.req.query('lang'));
    const it = await data.store.getItem(c.req.param('id'));
    return it ? c.html(itemPage(lang, it)) : c.html(notFound(lang, c.req.path), 404);
  });

  app.get('/search', async (c) => {
    const lang = langOf(c.req.query('lang'));
    const q = (c.req.query('q') ?? '').slice(0, 200);
    const hits = q.trim() ? await data.store.search(q, 50) : [];
    return c.html(searchPage(lang, q, hits, await data.entitiesMatching(q)));
  });

  app.get('/facts', async (c) => {
    const lang = langOf(c.req.query('lang'));
    const all = factRows((await data.knowledge()).claims);
    const filter = factFilterOf(c.req.query());
    const sortQ = c.req.query('sort') as FactSort | undefined;
    const sort = sortQ && SORTS.includes(sortQ) ? sortQ : undefined;
    const desc = c.req.query('desc') === '1';
    const matching = filterFacts(all, filter);
    const rows = (sort ? sortFacts(matching, sort, desc) : matching).slice(0, FACTS_PAGE_ROWS);
    const outletOf = await data.outlets(rows.flatMap((r) => r.values.map((v) => v.itemId)));
    return c.html(factsPage({ lang, rows, total: matching.length, filter, sort, desc, choices: factChoices(all), outletOf }));
  });

  app.get('/charts', async (c) => {
    const lang = langOf(c.req.query('lang'));
    const claims = (await data.knowledge()).claims;
    const entities = chartEntities(claims);
    const entity = c.req.query('entity') ?? entities[0];
    const own = claims.filter((x) => x.subject === entity).flatMap((x) => x.statements.map((st) => st.itemId));
    return c.html(chartsPage(lang, entities, entity ? chartData(claims, entity, await data.outlets(own)) : null));
  });

  app.get('/graph', async (c) => {
    const k = await data.knowledge();
    return c.html(graphPage(langOf(c.req.query('lang')), graphData(k.deals, k.cycles)));
  });

  app.get('/entity/:name', async (c) => {
    const lang = langOf(c.req.query('lang'));
    const info = data.entityInfo(c.req.param('name'));
    const k = await data.knowledge();
    const facts = filterFacts(factRows(k.claims), { entity: info.name });
    const flows = graphData(k.deals, k.cycles).edges.filter((e) => e.from === info.name || e.to === info.name);
    const stories = await data.storiesMentioning(info.name);
    if (!info.type && facts.length === 0 && flows.length === 0 && stories.length === 0) return c.html(notFound(lang, c.req.path), 404);
    return c.html(entityPage({ lang, ...info, facts, flows, stories }));
  });

  app.get('/sources', async (c) => c.html(sourcesPage(langOf(c.req.query('lang')), await data.store.listSources())));

  app.get('/notes', async (c) =>
    c.html(notesListPage(langOf(c.req.query('lang')), await data.store.listItems({ kind: 'note', withSentences: false }))),
  );
  app.get('/notes/:id', async (c) => {
    const lang = langOf(c.req.query('lang'));
    const it = await data.store.getItem(c.req.param('id'));
    if (it?.kind !== 'note') return c.html(notFound(lang, c.req.path), 404);
    const m = c.req.query('mode');
    const mode: ReaderMode = m === 'zh' || m === 'en' ? m : 'bi';
    return c.html(noteReaderPage(lang, it, mode, data.glossary()));
  });
  app.get('/highlights', async (c) =>
    c.html(highlightsPage(langOf(c.req.query('lang')), await data.store.listItems({ kind: 'highlights', withSentences: false }))),
  );
  return app;
}
