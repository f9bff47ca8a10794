/** The merged built-in data files, provided by the build (`scripts/knowledgeData.mjs`). */
declare module 'policy-lens:builtin-entities' {
  const entities: readonly unknown[];
  export default entities;
}
