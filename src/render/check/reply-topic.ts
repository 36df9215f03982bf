/**
 * The check reads a reply's topic by the engine's own rule (decisions 136, 142): one module,
 * src/enrich/offline/reply-topic.ts, for the pairing that prints a reply and the check that reads it.
 */
export { answeredSentence, replyAnswersPrinted, topicsOf } from '../../enrich/offline/reply-topic.js';
