/** The LLM engine's public surface. */

export { CACHE_NAMESPACE, cacheKey, JsonChatClient } from './client.js';
export { requestCost } from './cost.js';
export { createLlmEngine, type LlmDeps } from './engine.js';
export { LlmError, type LlmErrorReason } from './errors.js';
export { type ChatMessage, rewriteMessages, STORY_SYSTEM, storyMessages, titleMessages } from './prompt.js';
export { parseReply, StoryOutputSchema, TitleOutputSchema } from './schema.js';
