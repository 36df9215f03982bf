/** The record types every stage speaks. Stages import types from here only. */

export type * from './digest.js';
export type * from './entity.js';
export type * from './figure.js';
export type * from './item.js';
export type * from './knowledge.js';
export type * from './message.js';
export type * from './story.js';
