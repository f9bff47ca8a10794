/**
 * The built-in knowledge base: every entry the extension ships with, in one list. The
 * entries live as YAML data files in `../data/` (one per category, checked against
 * `schemas/knowledge-data.schema.json` by a unit test); the build merges them into this
 * module, so nothing here reads files or parses YAML.
 */
import data from 'policy-lens:builtin-entities';
import { Entity } from '../types';

/**
 * All built-in entities, in data-file order. Order matters only when two entities share an
 * exact alias (the earlier one is linked); a unit test keeps that from happening.
 */
export const BUILTIN_ENTITIES: readonly Entity[] = data as readonly Entity[];
