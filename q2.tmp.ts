import { extract } from './src/extract/index.js';
import { findPeriods } from './src/extract/index.js';
import { loadGazetteer } from './src/extract/entities/index.js';
const gaz = loadGazetteer();
const date = process.argv[2]!;
for (const t of process.argv.slice(3)) {
  console.log(t);
  console.log('   periods:', JSON.stringify(findPeriods(t, date).map((p:any)=>[t.slice(p.start,p.end), p.period])));
  for (const x of extract(t, { date }, gaz).figures) console.log(`   ${x.text} | ${x.subject}/${x.metric}/${x.period}/${x.qualifier}${x.scope ? '/scope=' + x.scope : ''}`);
}
