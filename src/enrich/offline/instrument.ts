/**
 * The instrument of an investment flow (pure). The knowledge layer files every payment into a company as an `invest`
 * edge or an `investment` claim with a counterparty, whatever the money is: a lender's loan to a borrower's vehicle, debt
 * financing a fund provides. Told with the template verb (A向B投资N) such a flow reads as an equity stake; the figure's
 * own clause says the instrument (`a $2 billion loan`, `provide $18 billion of debt financing`), and the flow is told
 * with it (A向B提供N贷款, A为B提供N融资). Sentences: data/story-templates.json `flowWith.<key>` and `flowWith.<key>.plain`.
 */
import { equityClause } from '../assemble/head-party.js';
import { figureClause, type StoryTemplates } from './story-templates.js';
import { fill } from './templates.js';

/**
 * The instrument key the clause of `figureText` in `sentence` names (table `instruments`, the first that matches), when
 * the table has sentences for it; undefined for a plain investment.
 * @example flowInstrument('Apollo agreed to lend $3 billion to the venture.', '$3 billion', t) // → 'loan'
 */
export function flowInstrument(sentence: string, figureText: string | undefined, t: StoryTemplates): string | undefined {
  // The investor's type (`a state lender`) is no instrument of money it puts into a round (decision 112).
  const clause = equityClause(figureClause(sentence, figureText));
  const key = t.instruments.find((x) => x.re.test(clause))?.key;
  return key !== undefined && t.sentences[`flowWith.${key}`] && t.sentences[`flowWith.${key}.plain`] ? key : undefined;
}

export interface FlowParties {
  from: string;
  to: string;
  modal: string;
}

/** The flow told with its instrument: with the amount (`flowWith.<key>`), else without (`flowWith.<key>.plain`). */
export function instrumentFlow(key: string, parties: FlowParties, t: StoryTemplates, amount?: string): string {
  const plain = t.sentences[`flowWith.${key}.plain`] as string;
  return amount === undefined ? fill(plain, { ...parties }) : fill(t.sentences[`flowWith.${key}`] ?? plain, { ...parties, amount });
}
