export { analyze, analyzeEmail } from './analyze';
export type { Finding, FindingKind, Severity, Suggestion } from './types';
