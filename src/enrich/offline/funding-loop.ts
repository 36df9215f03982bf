/**
 * A funding story's loop (decision 118): when the knowledge layer holds money flowing back to an investor of the company
 * the story is about (the startup commits to spend on the investor's cloud, buys its chips or switches), the loop is news
 * of that story whatever its title names — `Halvern AI raises $600 million in round led by Nvidia` names one party the
 * gazetteer knows, yet its report says `Halvern has committed to spend $250 million on Nvidia's DGX Cloud`. Pure.
 */
import type { DealEdge } from '../../types/index.js';

/** Money put into a company: an investment or a stake. */
const INTO = new Set(['invest', 'stake']);

/**
 * Whether a loop is a funding story's news: one of its legs is money put into the story's subject (the company that
 * raised), so another leg brings that money back to who put it in.
 * @example fundedLoop([nvidiaInvestsHalvern, halvernCloudContractNvidia], 'Halvern AI') // → true
 */
export function fundedLoop(loop: readonly Pick<DealEdge, 'from' | 'to' | 'kind'>[], subject: string | undefined): boolean {
  if (subject === undefined) return false;
  return loop.some((d) => INTO.has(d.kind) && d.to === subject) && loop.some((d) => d.from === subject);
}
