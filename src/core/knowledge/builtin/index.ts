/** The built-in knowledge base: every entry the extension ships with, in one list. */
import { Entity } from '../types';
import { AGREEMENTS } from './agreements';
import { CONCEPTS } from './concepts';
import { EVENTS } from './events';
import { INSTITUTIONS } from './institutions';
import { LAWS } from './laws';
import { MODELS } from './models';
import { PEOPLE } from './people';
import { PRINCIPLES } from './principles';
import { TECHNIQUES } from './techniques';
import { THEMES } from './themes';

/**
 * All built-in entities. Order matters only when two entities share an exact alias: the
 * earlier one is linked. More specific kinds come first.
 */
export const BUILTIN_ENTITIES: readonly Entity[] = [
  ...PEOPLE, ...INSTITUTIONS, ...LAWS, ...AGREEMENTS, ...EVENTS,
  ...PRINCIPLES, ...MODELS, ...TECHNIQUES, ...CONCEPTS, ...THEMES,
];
