/** The publish stage's edge: Telegram and webhook senders, message splitting, and the push log protocol. */
export { type Channel, ChannelError, type PushMeta } from './channel.js';
export { type ArchivedDigest, digestFromMarkdown, readDigestArchive } from './digest-archive.js';
export { chatText, escapeMarkdownV2, toMarkdownV2 } from './markdown-v2.js';
export { type PublishItem, type PublishResult, pendingPushes, publish } from './push.js';
export { type Measure, splitMessage } from './split-message.js';
export { TELEGRAM_MAX_LENGTH, type TelegramOptions, telegramChannel } from './telegram.js';
export { type WebhookOptions, webhookChannel } from './webhook.js';
