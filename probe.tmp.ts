import { articleDeals as deals } from './test/support/deals.js';
for (const s of [
 'Dec 4 (Reuters) - Halvern AI, a startup building models for drug discovery, said on Friday it raised $600 million in a Series C funding round led by Nvidia, valuing the company at $4.2 billion.',
 'Dec 4 (Reuters) - Halvern AI, a startup building models for drug discovery, said on Friday it raised $600 million in a Series C funding round led by Nvidia.',
 'Dec 4 (Reuters) - Halvern AI, a startup, said it raised $600 million in a round led by Nvidia.',
 'Dec 4 (Reuters) - Halvern AI said it raised $600 million in a round led by Nvidia.',
 'Halvern AI said on Friday it raised $600 million in a Series C funding round led by Nvidia, valuing the company at $4.2 billion.',
]) console.log(JSON.stringify(deals(s,'en')));
