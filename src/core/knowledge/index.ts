/** Public surface of the knowledge area: entities, workspace file, matcher. */
export * from './types';
export { BUILTIN_ENTITIES } from './builtin/index';
export { KnowledgeBase } from './knowledgeBase';
export { MentionMatcher, mentionAt, isWordUnit, type MatchPattern } from './matcher';
export { entityPatterns, keywordPatterns, matchKey, sharedAliases } from './patterns';
export { ENTITIES_FILE, ENTITIES_VERSION, parseEntitiesYaml, loadWorkspaceKnowledge, type WorkspaceKnowledge } from './workspace';
export { ENTITY_ID, type EntityPatch } from './entryFields';
export { applyWorkspace, mergeKnowledge } from './merge';
export { appendEntity, entityToYaml, EntitiesFileError, suggestEntityId } from './entityYaml';
export { scoreThemes, type ThemeScore } from './themeScores';
