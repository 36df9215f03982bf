/** The JSON API under /api (documented in the README): what the pages' scripts load, and the same data for other tools. */
import { Hono } from 'hono';
import { digestBodyHtml } from '../../render/index.js';
import { matchRanges } from '../../store/snippet.js';
import type { WebData } from '../data.js';
import { chartData, chartEntities } from '../model/chart.js';
import { factRows, factsCsv, filterFacts } from '../model/facts.js';
import { graphData } from '../model/graph.js';
import { factFilterOf } from './params.js';

export function apiRoutes(data: WebData): Hono {
  const app = new Hono();
  app.get('/digests', (c) =>
    c.json(data.digests().map((d) => ({ date: d.digest.date, title: d.digest.title, summary: d.digest.summary }))),
  );
  app.get('/digests/:date', async (c) => {
    const d = await data.digest(c.req.param('date'));
    if (!d?.entry) return c.json({ error: 'no digest for this date' }, 404);
    return c.json({
      date: d.entry.digest.date,
      title: d.entry.digest.title,
      markdown: d.entry.markdown,
      html: digestBodyHtml(d.entry.digest, d.entry.markdown),
      stories: d.sections,
    });
  });
  app.get('/stories/:id', async (c) => {
    const v = await data.story(c.req.param('id'));
    if (!v) return c.json({ error: 'no such story' }, 404);
    return c.json({
      story: v.story,
      items: v.items.map((i) => ({ id: i.id, title: i.title, url: i.url, source: i.source, date: i.date, lang: i.lang })),
      claims: v.claims,
    });
  });
  app.get('/items/:id', async (c) => {
    const it = await data.store.getItem(c.req.param('id'));
    if (!it) return c.json({ error: 'no such item' }, 404);
    const { raw: _raw, sentences: _s, ...rest } = it;
    return c.json(rest);
  });
  app.get('/search', async (c) => {
    const q = (c.req.query('q') ?? '').slice(0, 200);
    const limit = Math.min(100, Math.max(1, Number(c.req.query('limit') ?? 20) || 20));
    const hits = await data.store.search(q, limit);
    return c.json({
      query: q,
      hits: hits.map((h) => ({ ...h, titleMatches: matchRanges(h.title, q), snippetMatches: matchRanges(h.snippet, q) })),
      entities: await data.entitiesMatching(q),
    });
  });
  app.get('/facts', async (c) => c.json(filterFacts(factRows((await data.knowledge()).claims), factFilterOf(c.req.query()))));
  app.get('/facts.csv', async (c) => {
    const csv = factsCsv(filterFacts(factRows((await data.knowledge()).claims), factFilterOf(c.req.query())));
    return c.body(csv, 200, { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="facts.csv"' });
  });
  app.get('/chart', async (c) => {
    const claims = (await data.knowledge()).claims;
    const entity = c.req.query('entity') ?? chartEntities(claims)[0];
    const own = claims.filter((x) => x.subject === entity).flatMap((x) => x.statements.map((st) => st.itemId));
    return entity ? c.json(chartData(claims, entity, await data.outlets(own))) : c.json({ error: 'no figures to chart' }, 404);
  });
  app.get('/graph', async (c) => {
    const k = await data.knowledge();
    return c.json(graphData(k.deals, k.cycles));
  });
  app.get('/entities/:name', async (c) => {
    const info = data.entityInfo(c.req.param('name'));
    const k = await data.knowledge();
    return c.json({
      ...info,
      facts: filterFacts(factRows(k.claims), { entity: info.name }),
      flows: graphData(k.deals, k.cycles).edges.filter((e) => e.from === info.name || e.to === info.name),
      stories: await data.storiesMentioning(info.name),
    });
  });
  app.get('/sources', async (c) => c.json(await data.store.listSources()));
  app.get('/notes', async (c) =>
    c.json(
      (await data.store.listItems({ kind: 'note', withSentences: false })).map((n) => ({
        id: n.id,
        title: n.title,
        date: n.date,
        pairs: n.pairs,
      })),
    ),
  );
  app.get('/highlights', async (c) =>
    c.json(
      (await data.store.listItems({ kind: 'highlights', withSentences: false })).map((n) => ({
        id: n.id,
        title: n.title,
        date: n.date,
        pairs: n.pairs,
      })),
    ),
  );
  app.notFound((c) => c.json({ error: 'no such API route' }, 404));
  return app;
}
